"""Sunset Meridian Publishing (Los Angeles) and Rainier Forge Games (Bellevue) (holdout188, written blind)."""

from holdout188ev_tz import LA_GOOGLE, PST_OUTLOOK, VAN_GOOGLE

EVENTS = [
    dict(
        kind="workday-screen",
        uid="WD-INT-R04512-0000187723@myworkday.com",
        is_interview=1,
        company="Sunset Meridian Publishing",
        role="Production Director, External Development",
        stage="recruiter_screen",
        interviewers="tasha.greene@sunsetmeridian.com",
        trap="workday-recruiter-screen-zoom",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Recruiting Calendar//EN
VERSION:2.0
METHOD:REQUEST
""" + LA_GOOGLE + r"""BEGIN:VEVENT
UID:WD-INT-R04512-0000187723@myworkday.com
DTSTAMP:20250127T213045Z
DTSTART;TZID=America/Los_Angeles:20250131T091500
DTEND;TZID=America/Los_Angeles:20250131T100000
SUMMARY:Interview: Production Director\, External Development (R-04512)
DESCRIPTION:Candidate: Seo-yeon Park\nJob Requisition: R-04512 Production
  Director\, External Development\nInterview Type: Recruiter Screen\nInterv
 iewer(s): Tasha Greene (Talent Acquisition Partner)\n\nJoin Zoom Meeting\n
 https://sunsetmeridian.zoom.us/j/98123007745\nMeeting ID: 981 2300 7745\n
 One tap mobile: +16699006833\,\,98123007745#\n\nThis is a system-generated
  message from Workday. Please do not reply.
LOCATION:Zoom
ORGANIZER;CN=Sunset Meridian Careers:mailto:sunsetmeridian@myworkday.com
ATTENDEE;CN=Seo-yeon Park;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:seoyeon.pa
 rk.dev@gmail.com
ATTENDEE;CN=Tasha Greene;ROLE=REQ-PARTICIPANT:mailto:Tasha.Greene@sunsetme
 ridian.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="hiring-manager",
        uid=(
            "040000008200E00074C5B7101A82E00800000000E4F1A9D0376ADB01000000000000000010000000310FE1DDB8"
            "A54C4A9E2F7C6B5A4D3E21"
        ),
        is_interview=1,
        company="Sunset Meridian Publishing",
        role="Production Director, External Development",
        stage="hiring_manager",
        interviewers="raymond.cho@sunsetmeridian.com",
        trap="outlook-windows-zone-sent-by-coordinator",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + PST_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Cho, Raymond";SENT-BY="mailto:jalisa.ford@sunsetmeridian.com"
 :mailto:raymond.cho@sunsetmeridian.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=seoyeon.pa
 rk.dev@gmail.com:mailto:seoyeon.park.dev@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Greene, T
 asha":mailto:tasha.greene@sunsetmeridian.com
DESCRIPTION;LANGUAGE=en-US:Raymond Cho\, VP External Development\, would l
 ike to connect with you regarding the Production Director\, External Devel
 opment role. Please let me know if this time does not work.\n\nJalisa For
 d | Recruiting Coordinator | Sunset Meridian Publishing\n\n______________
 __________________________________________________________________\nMicros
 oft Teams meeting\nJoin on your computer\, mobile app or room device\nClic
 k here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3a
 meeting_ZWQ1>\nMeeting ID: 219 004 883 251\nPasscode: 7VwB2a\nDial in by p
 hone\n+1 323-849-4874\,\,508113902# United States\, Los Angeles\n________
 ________________________________________________________________________
UID:040000008200E00074C5B7101A82E00800000000E4F1A9D0376ADB01000000000000000
 010000000310FE1DDB8A54C4A9E2F7C6B5A4D3E21
SUMMARY;LANGUAGE=en-US:Seo-yeon Park / Raymond Cho
DTSTART;TZID=Pacific Standard Time:20250207T140000
DTEND;TZID=Pacific Standard Time:20250207T144500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250203T230317Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="panel-cancelled",
        uid=(
            "040000008200E00074C5B7101A82E00800000000A0B3C5D7486ADB0100000000000000001000000095C2E7F4A1"
            "B3D5E7091A2B3C4D5E6F70"
        ),
        is_interview=1,
        company="Sunset Meridian Publishing",
        role="Production Director, External Development",
        stage="onsite",
        interviewers="raymond.cho@sunsetmeridian.com;ellie.vasquez@sunsetmeridian.com;omar.siddiqui@sunsetmeridian.com",
        trap="cancelled-panel-method-cancel",
        ics=r"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + PST_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Ford, Jalisa":mailto:jalisa.ford@sunsetmeridian.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=seoyeon.p
 ark.dev@gmail.com:mailto:seoyeon.park.dev@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN="Cho, Ray
 mond":mailto:raymond.cho@sunsetmeridian.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN="Vasquez,
  Ellie":mailto:ellie.vasquez@sunsetmeridian.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN="Siddiqui
 \, Omar":mailto:omar.siddiqui@sunsetmeridian.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="SM-HQ-8F-Sunse
 t Room":mailto:smhq8fsunset@sunsetmeridian.com
DESCRIPTION;LANGUAGE=en-US:Hi Seo-yeon - we need to move the panel because
  Ellie and Omar are now travelling to the Tokyo partner summit that week.
  I'll send new options shortly. Apologies for the shuffle!\n\nJalisa\n
UID:040000008200E00074C5B7101A82E00800000000A0B3C5D7486ADB01000000000000000
 01000000095C2E7F4A1B3D5E7091A2B3C4D5E6F70
SUMMARY;LANGUAGE=en-US:Canceled: Panel Interview - Production Director\, E
 xternal Development - Seo-yeon Park
DTSTART;TZID=Pacific Standard Time:20250219T100000
DTEND;TZID=Pacific Standard Time:20250219T123000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20250212T175500Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:2
LOCATION;LANGUAGE=en-US:SM-HQ-8F-Sunset Room\; Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="final-round",
        uid="WD-INT-R04512-0000191458@myworkday.com",
        is_interview=1,
        company="Sunset Meridian Publishing",
        role="Production Director, External Development",
        stage="final",
        interviewers="dianne.whitaker@sunsetmeridian.com;raymond.cho@sunsetmeridian.com",
        trap="workday-final-in-person-los-angeles",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Recruiting Calendar//EN
VERSION:2.0
METHOD:REQUEST
""" + LA_GOOGLE + r"""BEGIN:VEVENT
UID:WD-INT-R04512-0000191458@myworkday.com
DTSTAMP:20250226T011209Z
DTSTART;TZID=America/Los_Angeles:20250310T130000
DTEND;TZID=America/Los_Angeles:20250310T150000
SUMMARY:Interview: Production Director\, External Development (R-04512) -
  Final Round
DESCRIPTION:Candidate: Seo-yeon Park\nJob Requisition: R-04512 Production
  Director\, External Development\nInterview Type: Final Round (In Person)\
 nInterviewer(s): Dianne Whitaker (Chief Publishing Officer)\; Raymond Cho
  (VP External Development)\nLocation: 10250 Constellation Blvd\, 8th Floo
 r\, Los Angeles\, CA 90067. Check in with security in the lobby\; parking
  validation available.\nTravel: coordinated by Jalisa Ford.\n\nThis is a
  system-generated message from Workday. Please do not reply.
LOCATION:Sunset Meridian HQ\, 10250 Constellation Blvd\, Los Angeles
ORGANIZER;CN=Sunset Meridian Careers:mailto:sunsetmeridian@myworkday.com
ATTENDEE;CN=Seo-yeon Park;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:seoyeon.pa
 rk.dev@gmail.com
ATTENDEE;CN=Dianne Whitaker;ROLE=REQ-PARTICIPANT:mailto:dianne.whitaker@su
 nsetmeridian.com
ATTENDEE;CN=Raymond Cho;ROLE=REQ-PARTICIPANT:mailto:raymond.cho@sunsetmeri
 dian.com
ATTENDEE;CN=Jalisa Ford;ROLE=NON-PARTICIPANT:mailto:jalisa.ford@sunsetmeri
 dian.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="lab-visit",
        uid="lifelabs-appt-7730018842@lifelabs.com",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="pre-employment-medical-after-offer",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//LifeLabs//Online Booking//EN
VERSION:2.0
METHOD:PUBLISH
""" + VAN_GOOGLE + r"""BEGIN:VEVENT
UID:lifelabs-appt-7730018842@lifelabs.com
DTSTAMP:20250318T162201Z
DTSTART;TZID=America/Vancouver:20250321T080000
DTEND;TZID=America/Vancouver:20250321T081500
SUMMARY:LifeLabs Appointment - Employer Drug & Alcohol / Pre-Placement Tes
 ting
DESCRIPTION:Confirmation #: 7730018842\nLocation: LifeLabs - Vancouver (W
 est Broadway) Patient Service Centre\nService: Employer/Third-Party Testi
 ng (pre-employment)\nPlease bring: government photo ID and the requisitio
 n form from your employer (Sunset Meridian - via First Advantage).\n\nTo
  cancel or change your appointment visit lifelabs.com.
LOCATION:LifeLabs\, 1641 W Broadway\, Vancouver\, BC
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="phone-screen",
        uid="goodtime-3f8c1b7e-52aa-4e0d-9c61-7b2d4e9f0a13",
        is_interview=1,
        company="Rainier Forge Games",
        role="Senior Producer, Live Operations",
        stage="recruiter_screen",
        interviewers="priscilla.huang@rainierforge.com",
        trap="goodtime-phone-screen",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//GoodTime Scheduler//EN
VERSION:2.0
METHOD:REQUEST
""" + LA_GOOGLE + r"""BEGIN:VEVENT
UID:goodtime-3f8c1b7e-52aa-4e0d-9c61-7b2d4e9f0a13
DTSTAMP:20250206T180014Z
DTSTART;TZID=America/Los_Angeles:20250211T113000
DTEND;TZID=America/Los_Angeles:20250211T120000
SUMMARY:Rainier Forge Games | Phone Screen with Priscilla
DESCRIPTION:Hi Seo-yeon\,\n\nYou're confirmed for a 30-minute phone screen
  for Senior Producer\, Live Operations.\n\nPriscilla Huang will call you a
 t: +1 (604) 555-0147\n\nAdd to calendar | Reschedule: https://app.goodtim
 e.io/r/3f8c1b7e\n\nRainier Forge Games is an equal opportunity employer.
LOCATION:Phone: +1 (604) 555-0147
ORGANIZER;CN=Rainier Forge Recruiting:mailto:recruiting-scheduling@rainier
 forge.com
ATTENDEE;CN=Priscilla Huang;PARTSTAT=ACCEPTED:mailto:priscilla.huang@raini
 erforge.com
ATTENDEE;CN=Seo-yeon Park;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:seoyeon.p
 ark.dev@gmail.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="virtual-onsite",
        uid="goodtime-a94e0d12-7c3b-4f58-8e2a-c6d1b0f97e44",
        is_interview=1,
        company="Rainier Forge Games",
        role="Senior Producer, Live Operations",
        stage="onsite",
        interviewers=(
            "ben.torvik@rainierforge.com;grace.adeyemi@rainierforge.com;luis.carranza@rainierforge.com;"
            "hana.mori@rainierforge.com"
        ),
        trap="goodtime-virtual-onsite-schedule",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//GoodTime Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:goodtime-a94e0d12-7c3b-4f58-8e2a-c6d1b0f97e44
DTSTAMP:20250220T204455Z
DTSTART:20250227T170000Z
DTEND:20250227T210000Z
SUMMARY:Rainier Forge Games - Virtual Onsite: Seo-yeon Park
DESCRIPTION:Your virtual onsite for Senior Producer\, Live Operations\n\n9:
 00-9:45 AM PT  Ben Torvik\, Executive Producer - live game leadership\n9:4
 5-10:30 AM PT  Grace Adeyemi\, Creative Director - player-first roadmaps\
 n10:30-10:45 AM PT  Break\n10:45-11:30 AM PT  Luis Carranza\, Sr. Dev Dir
 ector - live ops case exercise (bring a season plan)\n11:30 AM-1:00 PM PT
   Hana Mori\, Head of Analytics - KPIs & monetization ethics\n\nAll sessio
 ns use the same Zoom link:\nhttps://rainierforge.zoom.us/j/96610238871\n\n
 Questions? Reply to this email or text Priscilla at 425-555-0119.
LOCATION:https://rainierforge.zoom.us/j/96610238871
ORGANIZER;CN=Rainier Forge Recruiting:mailto:recruiting-scheduling@rainier
 forge.com
ATTENDEE;CN=Seo-yeon Park;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:seoyeon.p
 ark.dev@gmail.com
ATTENDEE;CN=Ben Torvik;PARTSTAT=ACCEPTED:mailto:ben.torvik@rainierforge.com
ATTENDEE;CN=Grace Adeyemi;PARTSTAT=ACCEPTED:mailto:grace.adeyemi@rainierfor
 ge.com
ATTENDEE;CN=Luis Carranza;PARTSTAT=ACCEPTED:mailto:luis.carranza@rainierfo
 rge.com
ATTENDEE;CN=Hana Mori;PARTSTAT=ACCEPTED:mailto:hana.mori@rainierforge.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
]
