"""holdout153: Boston-area biotech and US faculty searches (hand-written raw iCalendar text)."""

from holdout153ev_base import no, yes

EVENTS = [
    dict(kind="greenhouse", ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse//EN
METHOD:REQUEST
@TZ:NEWYORK@
BEGIN:VEVENT
UID:greenhouse-scheduled-interview-56990214-0@greenhouse.io
DTSTAMP:20251021T183000Z
DTSTART;TZID=America/New_York:20251028T100000
DTEND;TZID=America/New_York:20251028T104500
SUMMARY:Relay Therapeutics - Hannah Weiss - Hiring Manager Screen
DESCRIPTION:Hi Hannah\,\n\nYou're confirmed for a 45-minute Zoom with Dr. Dan
 iel Okafor\, Senior Director\, Structural Biology\, for the Scientist II / Se
 nior Scientist\, Cryo-EM role (Cambridge\, MA).\n\nPlease note the time is sh
 own in Eastern Time (15:00 CET).\n\nhttps://relaytx.zoom.us/j/91288730045\n\n
 Best\,\nMegan Cho | Talent Acquisition\, Relay Therapeutics
LOCATION:Zoom
ORGANIZER;CN=Megan Cho:mailto:mcho@relaytx.com
ATTENDEE;CN=Hannah Weiss;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:hannah.weis
 s.bio@posteo.de
ATTENDEE;CN=Daniel Okafor;PARTSTAT=ACCEPTED:mailto:dokafor@relaytx.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", label=yes("greenhouse-scheduled-interview-56990214-0@greenhouse.io", "Relay Therapeutics",
               "Scientist II / Senior Scientist, Cryo-EM", "hiring_manager", "dokafor@relaytx.com",
               "greenhouse-new-york-zone-hm-screen")),

    dict(kind="greenhouse", ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse//EN
METHOD:REQUEST
@TZ:NEWYORK@
BEGIN:VEVENT
UID:greenhouse-scheduled-interview-57411863-3@greenhouse.io
DTSTAMP:20251110T200511Z
DTSTART;TZID=America/New_York:20251118T090000
DTEND;TZID=America/New_York:20251118T133000
SUMMARY:Relay Therapeutics - Hannah Weiss - Virtual Onsite
DESCRIPTION:Hi Hannah\,\n\nHere is your virtual onsite agenda (all times ET):
 \n\n9:00 – 10:00  Research presentation (Structural Biology + Computation)\n1
 0:15 – 10:45  Priya Venkatesan\n10:45 – 11:15  Marco Bellini\n11:30 – 12:00
   Hyun-Woo Park\n12:00 – 12:30  Break\n12:30 – 13:00  Daniel Okafor\n13:00 – 1
 3:30  Megan Cho (wrap-up)\n\nSame Zoom link for all sessions: https://relaytx
 .zoom.us/j/95547711283\n\nGood luck!\nMegan
LOCATION:Zoom
ORGANIZER;CN=Megan Cho:mailto:mcho@relaytx.com
ATTENDEE;CN=Hannah Weiss;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:hannah.weis
 s.bio@posteo.de
ATTENDEE;CN=Priya Venkatesan;PARTSTAT=ACCEPTED:mailto:pvenkatesan@relaytx.c
 om
ATTENDEE;CN=Marco Bellini;PARTSTAT=ACCEPTED:mailto:mbellini@relaytx.com
ATTENDEE;CN=Hyun-Woo Park;PARTSTAT=ACCEPTED:mailto:hpark@relaytx.com
ATTENDEE;CN=Daniel Okafor;PARTSTAT=ACCEPTED:mailto:dokafor@relaytx.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", label=yes("greenhouse-scheduled-interview-57411863-3@greenhouse.io", "Relay Therapeutics", "", "onsite",
               "pvenkatesan@relaytx.com;mbellini@relaytx.com;hpark@relaytx.com;dokafor@relaytx.com;"
               "mcho@relaytx.com", "virtual-onsite-agenda-et")),

    dict(kind="goodtime", ics=r"""
BEGIN:VCALENDAR
PRODID:-//GoodTime.io//GoodTime Scheduler//EN
VERSION:2.0
METHOD:CANCEL
BEGIN:VEVENT
UID:goodtime-3f0d9a7c-18e2-4b55-a6c9-d27e1f4b80a2@goodtime.io
DTSTAMP:20251204T151233Z
DTSTART:20251209T160000Z
DTEND:20251209T170000Z
SUMMARY:Canceled: Vertex | Interview with Hannah Weiss – Sr. Scientist\, Stru
 ctural Biology
DESCRIPTION:This interview has been canceled. Your recruiter will reach out
  to you with next steps.\n\nOriginal interviewers: Dr. Rachel Goldberg\, Dr.
  Kwame Asante\n\nVertex Pharmaceuticals Talent Acquisition
LOCATION:Microsoft Teams
ORGANIZER;CN=Vertex Recruiting:mailto:scheduling@vrtx.goodtime.io
ATTENDEE;CN=Hannah Weiss;PARTSTAT=NEEDS-ACTION:mailto:hannah.weiss.bio@poste
 o.de
ATTENDEE;CN=Rachel Goldberg:mailto:rachel_goldberg@vrtx.com
ATTENDEE;CN=Kwame Asante:mailto:kwame_asante@vrtx.com
STATUS:CANCELLED
SEQUENCE:2
END:VEVENT
END:VCALENDAR
""", label=yes("goodtime-3f0d9a7c-18e2-4b55-a6c9-d27e1f4b80a2@goodtime.io", "Vertex Pharmaceuticals",
               "Sr. Scientist, Structural Biology", "", "rachel_goldberg@vrtx.com;kwame_asante@vrtx.com",
               "goodtime-method-cancel")),

    dict(kind="modernloop", ics=r"""
BEGIN:VCALENDAR
PRODID:-//ModernLoop//ModernLoop Scheduling//EN
VERSION:2.0
METHOD:REQUEST
@TZ:NEWYORK@
BEGIN:VEVENT
UID:ml-evt-6b9d2c40-e1f7-4a83-9c5a-1f0e8d7b2a64@modernloop.io
DTSTAMP:20251201T220145Z
DTSTART;TZID=America/New_York:20251208T103000
DTEND;TZID=America/New_York:20251208T120000
SUMMARY:[Generate:Biomedicines] Loop: Hannah Weiss – Scientist\, Cryo-EM Pro
 tein Design
DESCRIPTION:Hi Hannah – your interview loop is below (Eastern Time).\n\n10:30
  Protein design & cryo-EM – Dr. Ivana Petrović\n11:00 Collaboration/values –
  Sam Whitaker\n11:30 Data processing deep-dive – Dr. Lior Ben-David\n\nGoogle
  Meet: https://meet.google.com/gbm-ytrw-qzo\n\nScheduled via ModernLoop on b
 ehalf of the Generate Talent team.
LOCATION:Google Meet
ORGANIZER;CN=Generate Talent:mailto:talent@generatebiomedicines.com
ATTENDEE;CN=Hannah Weiss;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:hannah.weis
 s.bio@posteo.de
ATTENDEE;CN=Ivana Petrović;PARTSTAT=ACCEPTED:mailto:ipetrovic@generatebiomed
 icines.com
ATTENDEE;CN=Sam Whitaker;PARTSTAT=ACCEPTED:mailto:swhitaker@generatebiomedic
 ines.com
ATTENDEE;CN=Lior Ben-David;PARTSTAT=ACCEPTED:mailto:lbendavid@generatebiomed
 icines.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", label=yes("ml-evt-6b9d2c40-e1f7-4a83-9c5a-1f0e8d7b2a64@modernloop.io", "Generate Biomedicines",
               "Scientist, Cryo-EM Protein Design", "",
               "ipetrovic@generatebiomedicines.com;swhitaker@generatebiomedicines.com;"
               "lbendavid@generatebiomedicines.com", "modernloop-loop-wording")),

    dict(kind="icims", ics=r"""
BEGIN:VCALENDAR
PRODID:-//iCIMS//iCIMS Talent Platform//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:icims-moderna-evt-2025-118842-77@icims.com
DTSTAMP:20251027T133000Z
DTSTART:20251030T143000Z
DTEND:20251030T151500Z
SUMMARY:Moderna - Interview Invitation - Senior Scientist\, Structural Biolo
 gy (R14921)
DESCRIPTION:Hello Hannah\,\n\nThank you for your interest in Moderna! You ar
 e invited to speak with Jennifer Alvarez\, Senior Recruiter. This conversati
 on will last approximately 45 minutes and will focus on your experience\, in
 terest in mRNA medicines\, and visa/relocation logistics.\n\nMicrosoft Teams
  meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmQxNDk5\n\n
 Moderna Talent Acquisition
LOCATION:Microsoft Teams
ORGANIZER;CN=Moderna Talent Acquisition:mailto:moderna-noreply@icims.com
ATTENDEE;CN=Hannah Weiss;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:hannah.weis
 s.bio@posteo.de
ATTENDEE;CN=Jennifer Alvarez;PARTSTAT=ACCEPTED:mailto:jennifer.alvarez@moder
 natx.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", label=yes("icims-moderna-evt-2025-118842-77@icims.com", "Moderna",
               "Senior Scientist, Structural Biology", "recruiter_screen", "jennifer.alvarez@modernatx.com",
               "icims-noreply-organizer-recruiter")),

    dict(kind="zoom", ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ:MS_EASTERN@
BEGIN:VEVENT
ORGANIZER;CN="Sullivan, Kathleen";SENT-BY="mailto:kathleen_sullivan@hms.harv
 ard.edu":mailto:bcmp-search@hms.harvard.edu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hannah Weis
 s:mailto:hannah.weiss.bio@posteo.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Harrison, Step
 hen":mailto:stephen_harrison@hms.harvard.edu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Chen, Wei":ma
 ilto:wei_chen@hms.harvard.edu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Morales, Ana":
 mailto:ana_morales@hms.harvard.edu
DESCRIPTION;LANGUAGE=en-US:Dear Dr. Weiss\,\n\nOn behalf of the search commit
 tee for the Assistant Professor position in the Department of Biological Che
 mistry and Molecular Pharmacology\, thank you for agreeing to a first-round
  Zoom conversation (approx. 30 min). The committee members joining are Profs
 . Harrison\, Chen and Morales.\n\nJoin Zoom Meeting\nhttps://harvard.zoom.us
 /j/97420113857?pwd=dFJzQ1pv\nMeeting ID: 974 2011 3857\nPasscode: 880112\nOn
 e tap mobile: +16465588656\,\,97420113857# US (New York)\n\nBest regards\,\nK
 athleen Sullivan\nFaculty Affairs Coordinator\, BCMP
UID:040000008200E00074C5B7101A82E008000000006E2C4A8B5E49DC010000000000000000
 10000000E1A3C5E7F9B1D3F5A7C9E1B3D5F7A9C1
SUMMARY;LANGUAGE=en-US:BCMP Faculty Search – Zoom conversation with Dr. Hann
 ah Weiss
DTSTART;TZID=Eastern Standard Time:20251113T090000
DTEND;TZID=Eastern Standard Time:20251113T093000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251104T201120Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:https://harvard.zoom.us/j/97420113857
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", label=yes("040000008200E00074C5B7101A82E008000000006E2C4A8B5E49DC0100000000000000001000"
               "0000E1A3C5E7F9B1D3F5A7C9E1B3D5F7A9C1", "Harvard Medical School", "Assistant Professor",
               "", "stephen_harrison@hms.harvard.edu;wei_chen@hms.harvard.edu;ana_morales@hms.harvard.edu",
               "faculty-search-first-round-zoom-sent-by")),

    dict(kind="outlook-invite", ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ:MS_EASTERN@
BEGIN:VEVENT
ORGANIZER;CN="Sullivan, Kathleen";SENT-BY="mailto:kathleen_sullivan@hms.harv
 ard.edu":mailto:bcmp-search@hms.harvard.edu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hannah Weis
 s:mailto:hannah.weiss.bio@posteo.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Harrison, Step
 hen":mailto:stephen_harrison@hms.harvard.edu
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="HMS C1-
 Armenise 228 Conf Rm":mailto:c1-armenise-228@hms.harvard.edu
DESCRIPTION;LANGUAGE=en-US:Dear Hannah\,\n\nattached is your itinerary for t
 he second visit. This block is the chalk talk with the full search committee
  (no slides\; whiteboard and markers provided). Please plan for ~20 min of f
 uture research aims and expect interruptions.\n\nYour 1:1 meetings with fac
 ulty on Thursday and Friday are in the separate itinerary PDF.\n\nKathleen
UID:040000008200E00074C5B7101A82E00800000000F4A6C8E0B24CDC010000000000000000
 10000000A2C4E6A8C0E2A4C6E8A0C2E4A6C8E0A2
SUMMARY;LANGUAGE=en-US:Chalk Talk – H. Weiss (BCMP Assistant Professor searc
 h)
DTSTART;TZID=Eastern Standard Time:20260115T140000
DTEND;TZID=Eastern Standard Time:20260115T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251216T151500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Armenise 228
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", label=yes("040000008200E00074C5B7101A82E00800000000F4A6C8E0B24CDC0100000000000000001000"
               "0000A2C4E6A8C0E2A4C6E8A0C2E4A6C8E0A2", "Harvard Medical School", "Assistant Professor", "final",
               "stephen_harrison@hms.harvard.edu", "chalk-talk-second-visit-faculty-search")),

    dict(kind="gcal-event", ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@TZ:NEWYORK@
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20260126T083000
DTEND;TZID=America/New_York:20260126T170000
DTSTAMP:20260105T164500Z
ORGANIZER;CN=Linda Barros:mailto:linda.barros@umassmed.edu
UID:2q9h5k3m1n7p0r4t6v8x2z0b3d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=hannah.weiss.bio@posteo.de;X-NUM-GUESTS=0:mailto:hannah.weiss.bio@p
 osteo.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Celia Schiffer;X-NUM-GUESTS=0:mailto:celia.schiffer@umassmed.edu
DESCRIPTION:Faculty candidate visit – Department of Biochemistry and Molecul
 ar Biotechnology\n\n8:30 Breakfast with Prof. Celia Schiffer (search chair)\n
 10:00 Job talk\, Albert Sherman Center AS2-2102\n11:15–16:00 individual meet
 ings (schedule attached)\n16:00 Chalk talk with faculty\n\nCar service from
  your Worcester hotel will pick you up at 8:10.\n\nLinda Barros\nDepartment
  Administrator
LOCATION:UMass Chan Medical School\, 368 Plantation St\, Worcester\, MA
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Visit – Dr. Hannah Weiss (faculty candidate)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", label=yes("2q9h5k3m1n7p0r4t6v8x2z0b3d@google.com", "UMass Chan Medical School", "", "onsite",
               "celia.schiffer@umassmed.edu", "faculty-candidate-visit-job-talk-chalk-talk")),

    dict(kind="flight", ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lufthansa//Booking Confirmation//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:LH-8KX2QF-LH422-20260113@lufthansa.com
DTSTAMP:20251218T094512Z
DTSTART:20260113T093500Z
DTEND:20260113T181500Z
SUMMARY:Flight LH 422 Frankfurt (FRA) - Boston (BOS)
DESCRIPTION:Booking code: 8KX2QF\nPassenger: WEISS/HANNAH DR MS\nSeat 32K\,
  Economy\nCheck-in opens 23 hours before departure.
LOCATION:Frankfurt am Main (FRA)\, Terminal 1
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", label=no("LH-8KX2QF-LH422-20260113@lufthansa.com", "flight-to-faculty-interview")),
]
