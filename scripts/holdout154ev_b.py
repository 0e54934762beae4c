"""holdout154 events, part B: New York and London firms, a US energy company, legal recruiters, a visa interview."""

EVENTS = [
    {
        "kind": "agency-screen",
        "is_interview": 1,
        "company": "Whitcombe Hale",
        "role": "Foreign Associate (Latin America Group)",
        "stage": "recruiter_screen",
        "interviewers": "mgrant@harlanlegalsearch.com",
        "trap": "legal-recruiter-names-client-firm-in-body",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
BEGIN:VTIMEZONE
TZID:Eastern Standard Time
BEGIN:STANDARD
DTSTART:16011104T020000
RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010311T020000
RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ATTENDEE;CN=lucasfernandez.abog@yahoo.com.ar;RSVP=TRUE:mailto:lucasfernand
 ez.abog@yahoo.com.ar
CLASS:PUBLIC
CREATED:20250221T161502Z
DESCRIPTION:Lucas\,\n\nThanks for sending over your CV and the LL.M. detai
 ls. As mentioned\, my client is Whitcombe Hale LLP - they are hiring a For
 eign Associate (Latin America Group) for their New York office\, 12-24 mo
 nth program\, M&A / project finance.\n\nThis first call is for me to walk
 you through the role\, check bar/visa timing and your deal sheet before I
  submit you. Please keep the firm's name confidential for now.\n\nI'll ca
 ll you on WhatsApp: +54 9 11 5xxx-xxxx.\n\nBest\,\nMeredith Grant\nManagi
 ng Director | Harlan Legal Search\n
DTEND;TZID=Eastern Standard Time:20250226T100000
DTSTAMP:20250221T161502Z
DTSTART;TZID=Eastern Standard Time:20250226T093000
LAST-MODIFIED:20250221T161502Z
LOCATION:Phone (I'll call you)
ORGANIZER;CN="Meredith Grant":mailto:MGrant@harlanlegalsearch.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-us:Lucas Fernandez / Meredith Grant - intro call
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000D07C4E1E8A84DB010000000000000000
 10000000C1E7A08B4A0F5C4CA2D1B53F6E9A7D10
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "partner-video",
        "is_interview": 1,
        "company": "Whitcombe Hale",
        "role": "Foreign Associate",
        "stage": "hiring_manager",
        "interviewers": "jmorales@whitcombehale.com;pbrennan@whitcombehale.com",
        "trap": "nyc-firm-partner-video-zoom-sent-by-assistant",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Eastern Standard Time
BEGIN:STANDARD
DTSTART:16011104T020000
RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010311T020000
RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Morales, Javier";SENT-BY="mailto:kdonnelly@whitcombehale.com"
 :mailto:jmorales@whitcombehale.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucas Fer
 nandez:mailto:lucasfernandez.abog@yahoo.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Brennan, Pat
 rick":mailto:pbrennan@whitcombehale.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Legal Re
 cruiting NY":mailto:nylegalrecruiting@whitcombehale.com
DESCRIPTION;LANGUAGE=en-US:Dear Lucas\,\n\nOn behalf of Javier Morales and
  Patrick Brennan (Latin America Group)\, please find below the details fo
 r your interview for the Foreign Associate position.\n\nKind regards\,\nK
 athleen Donnelly\nLegal Assistant to Javier Morales\n\n-- Do not delete o
 r change any of the following text. --\nJoin Zoom Meeting\nhttps://whitco
 mbehale.zoom.us/j/93317260554?pwd=TkVxb0Z2\nMeeting ID: 933 1726 0554\nPa
 sscode: 204517\n
UID:040000008200E00074C5B7101A82E00800000000F1B36D3D9D8BDB0100000000000000
 0010000000E8C1A5D23F7B6E4C9F1D0A2B3C4D5E6F
SUMMARY;LANGUAGE=en-US:Interview: Lucas Fernandez (Foreign Associate) - J.
  Morales / P. Brennan
DTSTART;TZID=Eastern Standard Time:20250312T090000
DTEND;TZID=Eastern Standard Time:20250312T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250305T190122Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Zoom
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "cancelled-final",
        "is_interview": 1,
        "company": "Whitcombe Hale",
        "role": "",
        "stage": "final",
        "interviewers": "dweiss@whitcombehale.com",
        "trap": "method-cancel-final-round-nyc",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:CANCEL
BEGIN:VEVENT
ORGANIZER;CN="Legal Recruiting NY":mailto:nylegalrecruiting@whitcombehale.c
 om
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Lucas Fernandez:mailto:lucasfer
 nandez.abog@yahoo.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Weiss, Deborah":mailto:dweiss@
 whitcombehale.com
DESCRIPTION;LANGUAGE=en-US:Lucas - Deborah (Hiring Partner) has a closing t
 hat moved\, so we have to cancel this slot. Sending a new time shortly\; a
 pologies!\n\nWhitcombe Hale LLP | Legal Recruiting\n
UID:040000008200E00074C5B7101A82E008000000002A9C8E41B796DB010000000000000000
 10000000A1B2C3D4E5F60718293A4B5C6D7E8F90
SUMMARY;LANGUAGE=en-US:Canceled: Final interview - Hiring Partner (Lucas F
 ernandez)
DTSTART:20250326T140000Z
DTEND:20250326T144500Z
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20250324T211506Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-IMPORTANCE:2
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "teams-final",
        "is_interview": 1,
        "company": "Whitcombe Hale",
        "role": "",
        "stage": "final",
        "interviewers": "dweiss@whitcombehale.com;rkapoor@whitcombehale.com",
        "trap": "new-slot-after-cancel-utc-teams",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ORGANIZER;CN="Legal Recruiting NY":mailto:nylegalrecruiting@whitcombehale.c
 om
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucas Fer
 nandez:mailto:lucasfernandez.abog@yahoo.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Weiss, Deborah":mailto
 :dweiss@whitcombehale.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Kapoor, Raj":mailto:rk
 apoor@whitcombehale.com
DESCRIPTION;LANGUAGE=en-US:Final round - Deborah Weiss (Hiring Partner) an
 d Raj Kapoor (Chair\, Associates Committee). 30 min each\, back to back.\n
 \n________________________________________________________________________
 ________\nMicrosoft Teams Need help?\nJoin the meeting now <https://teams
 .microsoft.com/l/meetup-join/19%3ameeting_YjNhZTQ2@thread.v2/0>\nMeeting
  ID: 256 771 034 902\nPasscode: pR6vX3\n__________________________________
 ______________________________________________\n
UID:040000008200E00074C5B7101A82E008000000007E0D4E4BB896DB010000000000000000
 10000000B7C6D5E4F3A2918070A1B2C3D4E5F601
SUMMARY;LANGUAGE=en-US:Whitcombe Hale - Final Round (Lucas Fernandez)
DTSTART:20250331T140000Z
DTEND:20250331T150000Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250325T132214Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "goodtime-loop",
        "is_interview": 1,
        "company": "Carrington & Voss",
        "role": "International Associate - Latin America Practice",
        "stage": "onsite",
        "interviewers": "eharper@cvlaw.com;tnakamura@cvlaw.com;asilva@cvlaw.com",
        "trap": "goodtime-virtual-superday-three-partners",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GoodTime.io//GoodTime Scheduling//EN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:America/New_York
BEGIN:DAYLIGHT
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
TZNAME:EDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
TZNAME:EST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:goodtime-evt-61b0e2d4c8a94f2bb7f1d3a0e5c9b8a7
DTSTAMP:20250408T170245Z
DTSTART;TZID=America/New_York:20250415T100000
DTEND;TZID=America/New_York:20250415T123000
SUMMARY:Carrington & Voss LLP - Virtual Interview Day - Lucas Fernandez
ORGANIZER;CN=Carrington & Voss Recruiting:mailto:scheduling@goodtime.io
ATTENDEE;CN=Lucas Fernandez;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lucasfe
 rnandez.abog@yahoo.com.ar
DESCRIPTION:Hi Lucas\,\n\nYour virtual interview day for International As
 sociate - Latin America Practice is confirmed. All times Eastern.\n\n10:00
  - 10:45  Elizabeth Harper\, Partner (Capital Markets) - eharper@cvlaw.com
 \n10:45 - 11:30  Takeshi Nakamura\, Partner (Project Finance) - tnakamura@
 cvlaw.com\n11:45 - 12:30  Ana Silva\, Counsel - asilva@cvlaw.com\n\nAll se
 ssions use the same Zoom link: https://cvlaw.zoom.us/j/81255930117\n\nPow
 ered by GoodTime
LOCATION:https://cvlaw.zoom.us/j/81255930117
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "london-video",
        "is_interview": 1,
        "company": "Ashgrove Pemberton",
        "role": "Associate, Latin America Energy & Infrastructure",
        "stage": "",
        "interviewers": "harriet.cole@ashgrovepemberton.com;oliver.quayle@ashgrovepemberton.com",
        "trap": "uk-firm-graduate-recruitment-webex-no-stage",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Cisco//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/London
BEGIN:DAYLIGHT
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
TZNAME:BST
DTSTART:19700329T010000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
TZNAME:GMT
DTSTART:19701025T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:webex-4f2a91c0e7b348d0a6b2d5c1e8f03a77
DTSTAMP:20250411T101512Z
DTSTART;TZID=Europe/London:20250422T150000
DTEND;TZID=Europe/London:20250422T160000
SUMMARY:Ashgrove Pemberton LLP - interview (Lucas Fernández)
ORGANIZER;CN=Harriet Cole:mailto:harriet.cole@ashgrovepemberton.com
ATTENDEE;CN=Lucas Fernández;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:lucasfer
 nandez.abog@yahoo.com.ar
ATTENDEE;CN=Oliver Quayle;ROLE=REQ-PARTICIPANT:mailto:oliver.quayle@ashgro
 vepemberton.com
DESCRIPTION:Dear Lucas\,\nThank you for your application for the role of A
 ssociate\, Latin America Energy & Infrastructure. Harriet Cole (Partner)
  and Oliver Quayle (Senior Associate) look forward to speaking with you.
  Please have your Argentine and (if applicable) NY bar details to hand.\n
 \nJoin Webex meeting: https://ashgrovepemberton.webex.com/meet/hcole\nMee
 ting number (access code): 2641 118 0923\nJoin by phone: +44-20-7660-xxxx
  United Kingdom Toll\n
LOCATION:Webex
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "modernloop-panel",
        "is_interview": 1,
        "company": "Sendero Energy",
        "role": "Legal Counsel, Southern Cone",
        "stage": "onsite",
        "interviewers": "rachel.ortiz@senderoenergy.com;mike.lund@senderoenergy.com",
        "trap": "modernloop-english-panel-us-energy",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//ModernLoop//Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ml-2c7f1a9e-0b44-4d8e-93c5-e1a6f7b2d908@modernloop.io
DTSTAMP:20250402T184011Z
DTSTART:20250409T150000Z
DTEND:20250409T163000Z
SUMMARY:Sendero Energy | Legal Counsel\, Southern Cone | Panel Interview
ORGANIZER;CN=Sendero Energy Recruiting:mailto:recruiting@senderoenergy.com
ATTENDEE;CN=Lucas Fernandez;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSV
 P=TRUE:mailto:lucasfernandez.abog@yahoo.com.ar
ATTENDEE;CN=Rachel Ortiz;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:rac
 hel.ortiz@senderoenergy.com
ATTENDEE;CN=Mike Lund;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:mike.l
 und@senderoenergy.com
DESCRIPTION:Panel Interview for Legal Counsel\, Southern Cone\n\nInterview
 ers:\n- Rachel Ortiz\, Associate General Counsel (Houston)\n- Mike Lund\,
  VP Business Development\, Argentina\n\nGoogle Meet: https://meet.google.
 com/sde-kwpr-mtq\nOr dial: (US) +1 929-xxx-xxxx PIN: 662 901 774#\n\nSche
 duled with ModernLoop
LOCATION:Google Meet
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "headhunter-call",
        "is_interview": 0,
        "company": "",
        "role": "",
        "stage": "",
        "interviewers": "",
        "trap": "headhunter-confidential-search-no-employer",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250220T183000Z
DTEND:20250220T190000Z
DTSTAMP:20250218T141010Z
ORGANIZER;CN=Valeria Quiroga:mailto:vquiroga@talentolegal.com.ar
UID:6p1r0d4k2ce8vlg3qhb7ms9tu5@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Lucas Fernández;X-NUM-GUESTS=0:mailto:lucasfernandez.abog@yahoo.c
 om.ar
DESCRIPTION:Lucas\, como te comenté por LinkedIn\, estamos con una búsqued
 a confidencial para un/a Legal Manager en una multinacional del sector en
 ergético (upstream). Por ahora no puedo compartir el nombre del cliente.
  La idea es conocerte\, ver tu perfil y expectativas. 30'.\nLink: https:/
 /meet.google.com/fwq-xbnu-oyd\n\nValeria Quiroga\nSocia - Talento Legal |
  Executive Search
SUMMARY:Lucas Fernández <> Valeria Quiroga (Talento Legal)
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "visa-interview",
        "is_interview": 0,
        "company": "",
        "role": "",
        "stage": "",
        "interviewers": "",
        "trap": "consular-visa-interview-not-a-job",
        "eol": "lf",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
CALSCALE:GREGORIAN
X-WR-CALNAME:Lucas personal
X-WR-TIMEZONE:America/Argentina/Buenos_Aires
BEGIN:VEVENT
DTSTART:20250505T110000Z
DTEND:20250505T130000Z
DTSTAMP:20250505T002911Z
UID:2hkl8o0q6rd1tf5vjca9e3n4bm@google.com
CREATED:20250410T220144Z
DESCRIPTION:Entrevista consular visa B1/B2 (viaje NY). Llevar: pasaporte\,
  DS-160 confirmación\, comprobante pago MRV\, carta del estudio. Sin celu
 lar ni mochila. Hacer fila 7:45.
LAST-MODIFIED:20250410T220205Z
LOCATION:Embajada de los Estados Unidos\, Av. Colombia 4300\, C1425 CABA
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Embajada EEUU - visa
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "bar-webinar",
        "is_interview": 0,
        "company": "",
        "role": "",
        "stage": "",
        "interviewers": "",
        "trap": "zoom-webinar-on-interviewing-at-us-firms",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
DTSTAMP:20250301T120011Z
UID:ZOOM88120344519@zoom.us
DTSTART:20250313T220000Z
DTEND:20250313T233000Z
SUMMARY:LL.M. Careers Webinar: Landing a Foreign Associate Position - Inte
 rview Tips from NY Hiring Partners
DESCRIPTION:Hi Lucas Fernandez\,\n\nThank you for registering for "LL.M.
  Careers Webinar: Landing a Foreign Associate Position - Interview Tips f
 rom NY Hiring Partners".\n\nPanelists will cover: how NY firms screen for
 eign lawyers\, what to expect in callback interviews\, and Q&A.\n\nJoin f
 rom a PC\, Mac\, iPad\, or Android: https://us06web.zoom.us/w/88120344519
 ?tk=abc\nPasscode: LLM2025\n
LOCATION:https://us06web.zoom.us/w/88120344519
ORGANIZER;CN=Global LL.M. Careers Network:mailto:no-reply@zoom.us
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "ny-dinner",
        "is_interview": 0,
        "company": "",
        "role": "",
        "stage": "",
        "interviewers": "",
        "trap": "alumni-coffee-at-nyc-firm-informational",
        "eol": "lf",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.3//EN
BEGIN:VEVENT
UID:A6C1E3F5-9B2D-4C8E-A7F0-1D3B5C7E9F02
DTSTAMP:20250214T002015Z
DTSTART;TZID=America/Argentina/Buenos_Aires:20250219T083000
DTEND;TZID=America/Argentina/Buenos_Aires:20250219T091500
SUMMARY:café virtual c/ Nacho Beltrán (foreign assoc. 2023 en NY)
DESCRIPTION:Me lo presentó Sofi. Preguntarle cómo fue su proceso\, qué est
 udios toman foreign associates\, si conviene rendir NY bar antes. Zoom que
  manda él.
END:VEVENT
END:VCALENDAR
""",
    },
]
