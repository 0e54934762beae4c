# ruff: noqa: E501, W291, W293, RUF100
"""holdout267 events, part B: the user's own interviews (second half)."""

from holdout267ev_zones import TZ_DUBLIN, TZ_GMT_STD, TZ_LONDON, TZ_PARIS, TZ_W_EUROPE

EVENTS = [
    dict(
        kind="workday-screen",
        uid="WD-INT-R48213-CAND-0091342-1@halcyon-eng.myworkday.example.com",
        is_interview=1,
        company="Halcyon Engineering",
        role="Senior Heritage Consultant - Archaeology",
        stage="recruiter_screen",
        interviewers="sophie.calder@halcyon-eng.example.com",
        trap="workday-requisition-number-ta-partner-screen",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday Inc//Workday Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INT-R48213-CAND-0091342-1@halcyon-eng.myworkday.example.com
DTSTAMP:20261009T124501Z
DTSTART:20261015T153000Z
DTEND:20261015T160000Z
SUMMARY:Interview: R48213 Senior Heritage Consultant - Archaeology (Rhys Llewellyn)
ORGANIZER;CN=Halcyon Talent Acquisition:mailto:halcyon@myworkday.example.com
ATTENDEE;CN=Rhys Llewellyn;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rhys.llewellyn.arch@gmail.com
ATTENDEE;CN=Sophie Calder;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sophie.calder@halcyon-eng.example.com
LOCATION:Microsoft Teams
DESCRIPTION:Interview Type: Talent Acquisition Screen\nInterviewer: Sophie Calder\, Talent Acquisition Partner - UK&I\nDuration: 30 minutes\n\nDear Rhys\,\nThank you for your interest in Halcyon Engineering Group. This call is an initial conversation about your experience\, salary expectations and right to work.\n\nTeams link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_aGFsY3lvbg%40thread.v2/0\n\nThis is a system-generated message from Workday.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-technical",
        uid="040000008200E00074C5B7101A82E0080000000010ED3E1F195ADC01000000000000000010000000B0B1B2B3B4B5B6B7B8B9BABBBCBDBEBF",
        is_interview=1,
        company="Halcyon Engineering",
        role="Senior Heritage Consultant - Archaeology",
        stage="technical",
        interviewers="rob.menzies@halcyon-eng.example.com;anjali.shah@halcyon-eng.example.com",
        trap="technical-interview-eia-chapter-case-study",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_GMT_STD}BEGIN:VEVENT
ORGANIZER;CN="Menzies, Rob":mailto:rob.menzies@halcyon-eng.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rhys.llewellyn.arch@gmail.com:mailto:rhys.llewellyn.arch@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Shah, Anjali":mailto:anjali.shah@halcyon-eng.example.com
DESCRIPTION;LANGUAGE=en-GB:Hi Rhys\,\n\nSophie passed on your details - thanks for making time. This is the technical interview for the Senior Heritage Consultant role. Anjali (Principal Consultant) and I will take you through a short case study: we'll share a redacted Cultural Heritage ES chapter for a rail scheme and ask you to critique the archaeology baseline\, the significance-of-effect methodology and the proposed mitigation. No preparation needed.\n\nRob Menzies\nAssociate Director - Heritage\nHalcyon Engineering Group\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting\nMeeting ID: 312 905 448 270\nPasscode: Rk9sQe\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000010ED3E1F195ADC01000000000000000010000000B0B1B2B3B4B5B6B7B8B9BABBBCBDBEBF
SUMMARY;LANGUAGE=en-GB:Technical interview - Senior Heritage Consultant - R. Llewellyn
DTSTART;TZID=GMT Standard Time:20261109T100000
DTEND;TZID=GMT Standard Time:20261109T111500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261028T090909Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workday-final",
        uid="WD-INT-R48213-CAND-0091342-3@halcyon-eng.myworkday.example.com",
        is_interview=1,
        company="Halcyon Engineering",
        role="Senior Heritage Consultant - Archaeology",
        stage="final",
        interviewers="karen.doyle@halcyon-eng.example.com",
        trap="workday-final-in-person-bristol-office",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday Inc//Workday Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INT-R48213-CAND-0091342-3@halcyon-eng.myworkday.example.com
DTSTAMP:20261117T103000Z
DTSTART:20261127T140000Z
DTEND:20261127T150000Z
SUMMARY:Interview: R48213 Senior Heritage Consultant - Archaeology (Rhys Llewellyn) - Final
ORGANIZER;CN=Halcyon Talent Acquisition:mailto:halcyon@myworkday.example.com
ATTENDEE;CN=Rhys Llewellyn;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rhys.llewellyn.arch@gmail.com
ATTENDEE;CN=Karen Doyle;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:karen.doyle@halcyon-eng.example.com
LOCATION:Halcyon Engineering\, Temple Quay House\, Bristol BS1 6ZZ - ask for Karen Doyle at reception
DESCRIPTION:Interview Type: Final Interview\nInterviewer: Karen Doyle\, Regional Director - Environment\, South West & Wales\nDuration: 60 minutes\n\nThis is a system-generated message from Workday.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="oleeo-teams-panel",
        uid="oleeo-iv-HET-4471-slot-118@heritageestates.example.org.uk",
        is_interview=1,
        company="Heritage Estates Trust",
        role="Regional Archaeologist (Wales & Marches)",
        stage="onsite",
        interviewers="Tamsin Kerr;Owain Bell",
        trap="charity-values-based-interview-names-in-text",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Oleeo//Interview Scheduling//EN
METHOD:REQUEST
{TZ_LONDON}BEGIN:VEVENT
UID:oleeo-iv-HET-4471-slot-118@heritageestates.example.org.uk
DTSTAMP:20261120T080500Z
DTSTART;TZID=Europe/London:20261202T103000
DTEND;TZID=Europe/London:20261202T113000
SUMMARY:Interview - Regional Archaeologist (Wales & Marches) - HET-4471
ORGANIZER;CN=Heritage Estates Trust Recruitment:mailto:recruitment@heritageestates.example.org.uk
ATTENDEE;CN=Rhys Llewellyn;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rhys.llewellyn.arch@gmail.com
LOCATION:Microsoft Teams (link in confirmation email)
DESCRIPTION:Dear Rhys\,\n\nYou have booked the following interview slot.\n\nRole: Regional Archaeologist (Wales & Marches)\nPanel: Dr Tamsin Kerr (Head of Archaeology) and Owain Bell (General Manager\, Marches Estates)\nFormat: values-based interview (45 mins) including a 5-minute pitch: 'One archaeological site on our estates you would bring to life for visitors\, and how'.\n\nIf you need any adjustments please contact the recruitment team.\n\nHeritage Estates Trust is a registered charity.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-room-council",
        uid="040000008200E00074C5B7101A82E008000000002A1E4F30295ADC01000000000000000010000000C0C1C2C3C4C5C6C7C8C9CACBCCCDCECF",
        is_interview=1,
        company="Bro Taf Borough Council",
        role="Archaeological Planning Officer",
        stage="onsite",
        interviewers="r.beynon@brotaf.gov.example.uk;a.khan@brotaf.gov.example.uk",
        trap="council-room-resource-attendee-hr-organizer",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_GMT_STD}BEGIN:VEVENT
ORGANIZER;CN="HR Resourcing":mailto:hr.resourcing@brotaf.gov.example.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rhys.llewellyn.arch@gmail.com:mailto:rhys.llewellyn.arch@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Beynon, Rhodri":mailto:r.beynon@brotaf.gov.example.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Khan, Aisha":mailto:a.khan@brotaf.gov.example.uk
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Civic Centre - Committee Room 3":mailto:cr3.civiccentre@brotaf.gov.example.uk
DESCRIPTION;LANGUAGE=en-GB:Post: Archaeological Planning Officer (Grade 9) - Ref BT-PLN-0442\n\nInterview panel: Rhodri Beynon (Planning Services Manager)\, Aisha Khan (Principal Planner - Development Management).\n\nYou will be asked to review a planning application (supplied 30 minutes before the interview in the waiting room) and draft conditions for archaeological work. Followed by a structured interview.\n\nPlease report to Civic Centre reception 30 minutes early.\n\nHR Resourcing\, Bro Taf Borough Council\n
UID:040000008200E00074C5B7101A82E008000000002A1E4F30295ADC01000000000000000010000000C0C1C2C3C4C5C6C7C8C9CACBCCCDCECF
SUMMARY;LANGUAGE=en-GB:Interview: Archaeological Planning Officer - R Llewellyn
DTSTART;TZID=GMT Standard Time:20261208T110000
DTEND;TZID=GMT Standard Time:20261208T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261125T141414Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Civic Centre - Committee Room 3
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-export-cancelled",
        uid="2c4e6g8i0k1m3o5q7s9u1w3y5a@google.com",
        is_interview=1,
        company="Wyecombe District Council",
        role="Conservation & Archaeology Officer",
        stage="onsite",
        interviewers="Martin Sayer",
        trap="status-cancelled-council-withdrew-post",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:rhys.llewellyn.arch@gmail.com
X-WR-TIMEZONE:Europe/London
{TZ_LONDON}BEGIN:VEVENT
DTSTART;TZID=Europe/London:20261211T100000
DTEND;TZID=Europe/London:20261211T110000
DTSTAMP:20261204T180000Z
UID:2c4e6g8i0k1m3o5q7s9u1w3y5a@google.com
CREATED:20261119T201530Z
DESCRIPTION:Interview for Conservation & Archaeology Officer. Panel chair Martin Sayer (Head of Place). CANCELLED by council 3/12 - post frozen pending budget review\, they'll 'be in touch'.
LAST-MODIFIED:20261204T175944Z
LOCATION:Wyecombe District Council Offices\, Market St\, Wyecombe
SEQUENCE:3
STATUS:CANCELLED
SUMMARY:Wyecombe DC interview - Conservation & Archaeology Officer
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-museum-panel",
        uid="040000008200E00074C5B7101A82E008000000003B2F5041395ADC01000000000000000010000000D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF",
        is_interview=1,
        company="Amgueddfa Dyffryn",
        role="Senior Collections Archaeologist",
        stage="onsite",
        interviewers="rhiannon.evans@amgueddfadyffryn.example.org.uk;t.protheroe@amgueddfadyffryn.example.org.uk",
        trap="museum-object-handling-task-panel",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_GMT_STD}BEGIN:VEVENT
ORGANIZER;CN="Evans, Rhiannon (Dr)":mailto:rhiannon.evans@amgueddfadyffryn.example.org.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Llewellyn, Rhys":mailto:r.llewellyn@tirtreftadaeth.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Protheroe, Tom":mailto:t.protheroe@amgueddfadyffryn.example.org.uk
DESCRIPTION;LANGUAGE=en-GB:Dear Rhys\,\n\nThank you for your application for Senior Collections Archaeologist. I'm afraid your application reached us with your work address\, so I've sent this there - do let me know if you'd prefer another address.\n\nInterview: 45 mins with myself (Keeper of Archaeology) and Tom Protheroe (Head of Collections)\, preceded by a 20-minute object-handling task in the study room (identify and write a label for five objects from the collection).\n\nDr Rhiannon Evans\nCeidwad Archaeoleg / Keeper of Archaeology\n
UID:040000008200E00074C5B7101A82E008000000003B2F5041395ADC01000000000000000010000000D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF
SUMMARY;LANGUAGE=en-GB:Cyfweliad / Interview - Senior Collections Archaeologist
DTSTART;TZID=GMT Standard Time:20270114T133000
DTEND;TZID=GMT Standard Time:20270114T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261218T113000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Amgueddfa Dyffryn\, Study Room 1 (staff entrance\, Heol yr Eglwys)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-vorstellungsgespraech",
        uid="040000008200E00074C5B7101A82E008000000004C30616249ADC01000000000000000010000000E0E1E2E3E4E5E6E7E8E9EAEBECEDEEEF",
        is_interview=1,
        company="Ostmann Grabungen",
        role="Grabungsleiter (m/w/d) Trassenprojekt",
        stage="hiring_manager",
        interviewers="j.ostmann@ostmann-grabungen.example.de",
        trap="german-vorstellungsgespraech-w-europe-standard-time",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_W_EUROPE}BEGIN:VEVENT
ORGANIZER;CN="Keller, Anja";SENT-BY="mailto:personal@ostmann-grabungen.example.de":mailto:a.keller@ostmann-grabungen.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rhys.llewellyn.arch@gmail.com:mailto:rhys.llewellyn.arch@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Ostmann, Jens (Dr.)":mailto:j.ostmann@ostmann-grabungen.example.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Llewellyn\,\n\nvielen Dank für Ihre Bewerbung als Grabungsleiter (m/w/d) für unser Trassenprojekt in Niedersachsen. Gerne laden wir Sie zu einem Vorstellungsgespräch per Microsoft Teams mit unserem Geschäftsführer Dr. Jens Ostmann ein. Das Gespräch kann auf Englisch geführt werden.\n\nBitte halten Sie Ihre Zeugnisse bereit.\n\nMit freundlichen Grüßen\nAnja Keller\nPersonalabteilung\, Ostmann Grabungen GmbH\n\n________________________________________________________________________________\nMicrosoft Teams-Besprechung\nNehmen Sie über Ihren Computer\, Ihre mobile App oder Ihr Raumgerät teil\nKlicken Sie hier\, um an der Besprechung teilzunehmen\nBesprechungs-ID: 355 081 662 943\nKennung: 9xQbT4\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E008000000004C30616249ADC01000000000000000010000000E0E1E2E3E4E5E6E7E8E9EAEBECEDEEEF
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Grabungsleitung - Herr Llewellyn
DTSTART;TZID=W. Europe Standard Time:20261201T100000
DTEND;TZID=W. Europe Standard Time:20261201T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261119T130000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-entretien-visio",
        uid="9r1t3y5u7i9o1p3a5s7d9f1g3h@google.com",
        is_interview=1,
        company="Archéologie Armorique",
        role="Responsable d'opération",
        stage="hiring_manager",
        interviewers="g.legoff@archeo-armorique.example.fr",
        trap="french-entretien-visio-europe-paris",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_PARIS}BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20270107T140000
DTEND;TZID=Europe/Paris:20270107T150000
DTSTAMP:20261221T094500Z
ORGANIZER;CN=Gaëlle Le Goff:mailto:g.legoff@archeo-armorique.example.fr
UID:9r1t3y5u7i9o1p3a5s7d9f1g3h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Gaëlle Le Goff;X-NUM-GUESTS=0:mailto:g.legoff@archeo-armorique.example.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rhys.llewellyn.arch@gmail.com;X-NUM-GUESTS=0:mailto:rhys.llewellyn.arch@gmail.com
CREATED:20261221T094500Z
DESCRIPTION:Bonjour Rhys\,\n\nSuite à votre candidature au poste de responsable d'opération (CDI\, basé à Rennes)\, je vous propose un entretien en visio. Nous pouvons mener l'entretien en anglais et en français. Nous parlerons de votre expérience de responsable de chantier et de notre projet de coopération avec des équipes galloises.\n\nCordialement\,\nGaëlle Le Goff\nDirectrice\, Archéologie Armorique SCOP\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nParticiper avec Google Meet : https://meet.google.com/rnb-kqzw-aep\n\nNe modifiez pas cette section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n\nInvitation de Google Agenda : https://calendar.google.com/calendar/
LAST-MODIFIED:20261221T094500Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien - Responsable d'opération - Rhys Llewellyn
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="zoom-dublin",
        uid="ZOOM-94017722638-20261125@zoom.us",
        is_interview=1,
        company="Shannon Archaeology",
        role="Senior Archaeologist (Licence Eligible)",
        stage="onsite",
        interviewers="declan@shannonarch.example.ie;orla@shannonarch.example.ie",
        trap="irish-licence-eligible-zoom-europe-dublin",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_DUBLIN}BEGIN:VEVENT
DTSTAMP:20261118T112233Z
DTSTART;TZID=Europe/Dublin:20261125T150000
DTEND;TZID=Europe/Dublin:20261125T160000
SUMMARY:Shannon Archaeology - interview - Senior Archaeologist (Licence Eligible)
UID:ZOOM-94017722638-20261125@zoom.us
DESCRIPTION:Declan Moriarty is inviting you to a scheduled Zoom meeting.\n\nPanel: Declan Moriarty (Director)\, Orla Fitzgerald (Senior Project Manager).\nWe'll cover NMS licensing\, your excavation director experience and road scheme work.\n\nJoin Zoom Meeting\nhttps://us06web.zoom.us/j/94017722638?pwd=c2hhbm5vbg\n\nMeeting ID: 940 1772 2638\nPasscode: 770311\n
ORGANIZER;CN=Declan Moriarty:mailto:declan@shannonarch.example.ie
ATTENDEE;CN=Orla Fitzgerald;RSVP=TRUE:mailto:orla@shannonarch.example.ie
ATTENDEE;CN=rhys.llewellyn.arch@gmail.com;RSVP=TRUE:mailto:rhys.llewellyn.arch@gmail.com
LOCATION:https://us06web.zoom.us/j/94017722638?pwd=c2hhbm5vbg
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-second-round",
        uid="4d6f8h0j2l4n6p8r0t2v4x6z8b@google.com",
        is_interview=1,
        company="Shannon Archaeology",
        role="",
        stage="final",
        interviewers="declan@shannonarch.example.ie",
        trap="second-round-meet-md-limerick",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261210T113000Z
DTEND:20261210T130000Z
DTSTAMP:20261201T171002Z
ORGANIZER;CN=Declan Moriarty:mailto:declan@shannonarch.example.ie
UID:4d6f8h0j2l4n6p8r0t2v4x6z8b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Declan Moriarty;X-NUM-GUESTS=0:mailto:declan@shannonarch.example.ie
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rhys.llewellyn.arch@gmail.com;X-NUM-GUESTS=0:mailto:rhys.llewellyn.arch@gmail.com
CREATED:20261201T171002Z
DESCRIPTION:Rhys - second round as promised. Come over to the office in Limerick\, I'll show you the finds lab and we'll do the final chat over lunch. Flights from Bristol/Cardiff to Shannon are grand.\n\nDeclan\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\nYou are receiving this email because you are an attendee on the event.
LAST-MODIFIED:20261201T171002Z
LOCATION:Shannon Archaeology\, Dock Road\, Limerick
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:2nd round - Rhys Llewellyn / Declan
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-phone-screen",
        uid="1q3w5e7r9t1y3u5i7o9p1a3s5d@google.com",
        is_interview=1,
        company="Northumbrian Field Archaeology",
        role="Project Manager",
        stage="recruiter_screen",
        interviewers="l.armstrong@northumbrianfield.example.co.uk",
        trap="hr-phone-screen-work-address-invited",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261014T081500Z
DTEND:20261014T084500Z
DTSTAMP:20261008T143210Z
ORGANIZER;CN=Lisa Armstrong:mailto:l.armstrong@northumbrianfield.example.co.uk
UID:1q3w5e7r9t1y3u5i7o9p1a3s5d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Lisa Armstrong;X-NUM-GUESTS=0:mailto:l.armstrong@northumbrianfield.example.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rhys Llewellyn;X-NUM-GUESTS=0:mailto:rhys.llewellyn.arch@gmail.com
CREATED:20261008T143210Z
DESCRIPTION:Initial phone screen for the Project Manager vacancy (Newcastle). I'll call your mobile at 9.15 - 30 mins max. Lisa\, HR Advisor\, Northumbrian Field Archaeology\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/
LAST-MODIFIED:20261008T143210Z
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:NFA Project Manager - phone screen (Rhys Llewellyn)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-invite",
        uid="040000008200E00074C5B7101A82E008000000005D41727359ADC01000000000000000010000000F0F1F2F3F4F5F6F7F8F9FAFBFCFDFEFF",
        is_interview=1,
        company="Northumbrian Field Archaeology",
        role="Project Manager",
        stage="onsite",
        interviewers="p.hume@northumbrianfield.example.co.uk;y.tait@northumbrianfield.example.co.uk",
        trap="teams-panel-with-presentation-cn-last-first",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_GMT_STD}BEGIN:VEVENT
ORGANIZER;CN="Armstrong, Lisa":mailto:l.armstrong@northumbrianfield.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rhys Llewellyn:mailto:rhys.llewellyn.arch@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Hume, Peter (Dr)":mailto:p.hume@northumbrianfield.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Tait, Yvonne":mailto:y.tait@northumbrianfield.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:Panel interview for the Project Manager role\, with Dr Peter Hume (Director) and Yvonne Tait (Finance & Commercial Manager). Please prepare a 10-minute presentation: 'Bringing a loss-making excavation back on budget'. Lisa will admit you from the lobby and leave once the interview starts.\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting\nMeeting ID: 377 210 554 861\nPasscode: Wv3kLp\nDial in by phone\n+44 20 3855 4728\,\,402917733# United Kingdom\, London\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E008000000005D41727359ADC01000000000000000010000000F0F1F2F3F4F5F6F7F8F9FAFBFCFDFEFF
SUMMARY;LANGUAGE=en-GB:NFA - Project Manager - panel interview
DTSTART;TZID=GMT Standard Time:20261028T140000
DTEND;TZID=GMT Standard Time:20261028T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261019T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="agency-screen",
        uid="spadework-crm-evt-20261201-3391@spadework-recruitment.example.co.uk",
        is_interview=1,
        company="Ouse Valley Archaeology",
        role="Senior Project Officer",
        stage="recruiter_screen",
        interviewers="kate.morrow@spadework-recruitment.example.co.uk",
        trap="agency-screen-names-client-employer",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Bullhorn//Bullhorn Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:spadework-crm-evt-20261201-3391@spadework-recruitment.example.co.uk
DTSTAMP:20261126T160000Z
DTSTART:20261201T123000Z
DTEND:20261201T130000Z
SUMMARY:Screening call - Ouse Valley Archaeology - Senior Project Officer - Rhys Llewellyn
ORGANIZER;CN=Kate Morrow:mailto:kate.morrow@spadework-recruitment.example.co.uk
ATTENDEE;CN=Rhys Llewellyn;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:rhys.llewellyn.arch@gmail.com
LOCATION:Phone - Kate to call
DESCRIPTION:Hi Rhys - now that the client is happy for me to name them: it's Ouse Valley Archaeology in York\, Senior Project Officer. Before I put you forward I need to run through my standard screening questions (competencies\, CSCS\, driving licence\, salary\, notice). 30 mins.\n\nKate Morrow | Spadework Recruitment
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="agency-outlook-client-interview",
        uid="040000008200E00074C5B7101A82E008000000006E52838469ADC0100000000000000001000000011223344556677889900AABBCCDDEEFF",
        is_interview=1,
        company="Ouse Valley Archaeology",
        role="Senior Project Officer",
        stage="hiring_manager",
        interviewers="Ben Whitaker",
        trap="agency-sends-client-interview-no-client-address",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_GMT_STD}BEGIN:VEVENT
ORGANIZER;CN="Morrow, Kate":mailto:kate.morrow@spadework-recruitment.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rhys.llewellyn.arch@gmail.com:mailto:rhys.llewellyn.arch@gmail.com
DESCRIPTION;LANGUAGE=en-GB:Interview confirmed!\n\nClient: Ouse Valley Archaeology\nRole: Senior Project Officer\nInterviewer: Ben Whitaker\, Fieldwork Manager\nWhere: their office at 22 Layerthorpe\, York YO31 7ZZ\nFormat: 1 hour\, informal but competency-based. He'll ask about your largest excavation and how you manage difficult subcontractors.\n\nCall me straight after - Kate\n\nSpadework Recruitment Ltd\, Leeds\n
UID:040000008200E00074C5B7101A82E008000000006E52838469ADC0100000000000000001000000011223344556677889900AABBCCDDEEFF
SUMMARY;LANGUAGE=en-GB:CONFIRMED: Interview - Ouse Valley Archaeology - Rhys Llewellyn
DTSTART;TZID=GMT Standard Time:20261215T110000
DTEND;TZID=GMT Standard Time:20261215T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261207T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:22 Layerthorpe\, York
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="calendly-booking",
        uid="calendly-ev-7f2d9b1c-0a34-4e5f-8c6d-9e0f1a2b3c4d",
        is_interview=1,
        company="Brunel Heritage Partners",
        role="Senior Archaeology Consultant",
        stage="recruiter_screen",
        interviewers="alys@brunelheritage.example.co.uk",
        trap="calendly-user-is-invitee-not-host",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-ev-7f2d9b1c-0a34-4e5f-8c6d-9e0f1a2b3c4d
DTSTAMP:20261105T200102Z
DTSTART:20261112T123000Z
DTEND:20261112T130000Z
SUMMARY:Senior Archaeology Consultant - intro call between Alys Pemberton and Rhys Llewellyn
ORGANIZER;CN=Alys Pemberton:mailto:alys@brunelheritage.example.co.uk
ATTENDEE;CN=Rhys Llewellyn;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:rhys.llewellyn.arch@gmail.com
LOCATION:Google Meet: https://meet.google.com/bhp-nrzt-wxa
DESCRIPTION:Event Name: Senior Archaeology Consultant - intro call\n\nA 30-minute first conversation about the Senior Archaeology Consultant role at Brunel Heritage Partners. I'll explain the team and the role and ask about your experience.\n\nInvitee: Rhys Llewellyn\nInvitee Email: rhys.llewellyn.arch@gmail.com\n\nQuestions:\nWhat's your current notice period?\n1 month\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/7f2d9b1c\nReschedule: https://calendly.com/reschedulings/7f2d9b1c\n\nPowered by Calendly.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="bookings-interview",
        uid="bookings-3a9c5e71-d28f-4b06-a4e3-0f6b8c2d1e97@lothianfield.example.co.uk",
        is_interview=1,
        company="Lothian Field Archaeology",
        role="Senior Project Officer",
        stage="onsite",
        interviewers="euan.drummond@lothianfield.example.co.uk;shona.keir@lothianfield.example.co.uk",
        trap="microsoft-bookings-candidate-self-booked-slot",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_GMT_STD}BEGIN:VEVENT
ORGANIZER;CN=Lothian Field Archaeology Recruitment:mailto:LFARecruitment@lothianfield.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rhys Llewellyn:mailto:rhys.llewellyn.arch@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Drummond, Euan":mailto:euan.drummond@lothianfield.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Keir, Shona":mailto:shona.keir@lothianfield.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:Your booking is confirmed.\n\nService: Interview - Senior Project Officer (60 min)\nStaff: Euan Drummond\, Shona Keir\n\nJoin your appointment on Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_bG90aGlh%40thread.v2/0\n\nNeed to make changes? Manage booking: https://outlook.office365.com/owa/calendar/LFARecruitment@lothianfield.example.co.uk/bookings/\n\nBooked with Microsoft Bookings\n
UID:bookings-3a9c5e71-d28f-4b06-a4e3-0f6b8c2d1e97@lothianfield.example.co.uk
SUMMARY;LANGUAGE=en-GB:Interview - Senior Project Officer (Rhys Llewellyn)
DTSTART;TZID=GMT Standard Time:20261207T143000
DTEND;TZID=GMT Standard Time:20261207T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261128T213015Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-export-field-practical",
        uid="5s7d9f1g3h5j7k9l1z3x5c7v9b@google.com",
        is_interview=1,
        company="Clwyd Uplands Archaeology",
        role="Senior Archaeologist (Upland Survey)",
        stage="technical",
        interviewers="Sioned Ellis",
        trap="survey-practical-gnss-total-station-self-entry",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Rhys (personal)
X-WR-TIMEZONE:Europe/London
{TZ_LONDON}BEGIN:VEVENT
DTSTART;TZID=Europe/London:20261203T100000
DTEND;TZID=Europe/London:20261203T150000
DTSTAMP:20261126T190310Z
UID:5s7d9f1g3h5j7k9l1z3x5c7v9b@google.com
CREATED:20261126T190310Z
DESCRIPTION:Clwyd Uplands - Senior Archaeologist (Upland Survey). Practical: survey a cairn field w/ GNSS + total station\, then walkover + questions from Sioned Ellis (Director). Meet at Moel y Gaer lay-by. Waterproofs\, flask\, OS map.
LAST-MODIFIED:20261126T190310Z
LOCATION:Moel y Gaer lay-by\, nr Llanarmon
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Clwyd Uplands - survey practical / interview
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="thunderbird-terse",
        uid="a7c3e9f1-2b4d-4f60-8e1a-3c5b7d9f0e22",
        is_interview=1,
        company="Tywi Valley Heritage",
        role="",
        stage="",
        interviewers="Emyr",
        trap="terse-floating-owner-first-name-only",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20261204T221011Z
LAST-MODIFIED:20261204T221102Z
DTSTAMP:20261204T221102Z
UID:a7c3e9f1-2b4d-4f60-8e1a-3c5b7d9f0e22
SUMMARY:intvw Tywi Valley Heritage - Emyr (owner)
LOCATION:their office above the deli\, Llandeilo
DTSTART:20261216T150000
DTEND:20261216T160000
DESCRIPTION:sr archaeologist/PM?? he was vague. take portfolio + Llancarfan report
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="successfactors-rescheduled",
        uid="SF-ISCH-CWS-20261210-0077-1402@cambriawater.example.co.uk",
        is_interview=1,
        company="Cambria Water",
        role="Archaeology & Heritage Advisor",
        stage="onsite",
        interviewers="gwenllian.rees@cambriawater.example.co.uk;steve.marsh@cambriawater.example.co.uk",
        trap="rescheduled-sequence-1-successfactors-utility",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
{TZ_LONDON}BEGIN:VEVENT
UID:SF-ISCH-CWS-20261210-0077-1402@cambriawater.example.co.uk
DTSTAMP:20261203T084010Z
DTSTART;TZID=Europe/London:20261214T093000
DTEND;TZID=Europe/London:20261214T103000
ORGANIZER;CN=Cambria Water Talent Team:mailto:talent@cambriawater.example.co.uk
ATTENDEE;CN=Rhys Llewellyn;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rhys.llewellyn.arch@gmail.com
ATTENDEE;CN=Gwenllian Rees;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:gwenllian.rees@cambriawater.example.co.uk
ATTENDEE;CN=Steve Marsh;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:steve.marsh@cambriawater.example.co.uk
SUMMARY:RESCHEDULED: Interview - Archaeology & Heritage Advisor (Req 30117)
LOCATION:Cambria Water\, Pentwyn Operations Centre\, Cardiff (visitor car park B)
DESCRIPTION:Your interview has been rescheduled. New date and time below (previously Thursday 10 December\, 14:00).\n\nPanel: Gwenllian Rees (Environment & Heritage Manager)\, Steve Marsh (Capital Programme Lead).\n\nWe'll ask about advising engineers on pipeline and reservoir schemes\, working with Henebion Cymru and county archaeologists\, and managing watching-brief contractors.\n\nThis message was sent by SAP SuccessFactors Recruiting on behalf of Cambria Water.
STATUS:CONFIRMED
SEQUENCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="lever-phone-screen",
        uid="lever-interview-0c9a7e53-18bd-4f2a-9e71-4d3c2b1a0f98",
        is_interview=1,
        company="Maes Energy",
        role="Cultural Heritage Lead (Onshore Wind)",
        stage="recruiter_screen",
        interviewers="chloe.danvers@maesenergy.example.com",
        trap="lever-recruiter-screen-energy-developer",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Hire//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-0c9a7e53-18bd-4f2a-9e71-4d3c2b1a0f98
DTSTAMP:20261109T101500Z
DTSTART:20261113T110000Z
DTEND:20261113T113000Z
SUMMARY:Maes Energy | Cultural Heritage Lead (Onshore Wind) | Rhys Llewellyn - Recruiter Screen
ORGANIZER;CN=Chloe Danvers:mailto:chloe.danvers@maesenergy.example.com
ATTENDEE;CN=Rhys Llewellyn;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rhys.llewellyn.arch@gmail.com
ATTENDEE;CN=Chloe Danvers;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:chloe.danvers@maesenergy.example.com
LOCATION:https://meet.google.com/mae-sfkq-ten
DESCRIPTION:Hi Rhys\,\n\nLooking forward to speaking with you about the Cultural Heritage Lead role. This is a 30 min call with me (Chloe\, Talent Acquisition) to learn more about you and share more about Maes Energy.\n\nJoin with Google Meet: https://meet.google.com/mae-sfkq-ten\n\nScheduled via Lever
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="lever-hiring-manager",
        uid="lever-interview-5e1b3d79-02ac-4c8e-b6f3-7a9d0e2c4b15",
        is_interview=1,
        company="Maes Energy",
        role="Cultural Heritage Lead (Onshore Wind)",
        stage="hiring_manager",
        interviewers="tom.griffiths@maesenergy.example.com",
        trap="lever-hiring-manager-client-of-users-unit",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Hire//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-5e1b3d79-02ac-4c8e-b6f3-7a9d0e2c4b15
DTSTAMP:20261120T154500Z
DTSTART:20261130T150000Z
DTEND:20261130T160000Z
SUMMARY:Maes Energy | Cultural Heritage Lead (Onshore Wind) | Rhys Llewellyn - Hiring Manager Interview
ORGANIZER;CN=Chloe Danvers:mailto:chloe.danvers@maesenergy.example.com
ATTENDEE;CN=Rhys Llewellyn;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rhys.llewellyn.arch@gmail.com
ATTENDEE;CN=Tom Griffiths;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:tom.griffiths@maesenergy.example.com
LOCATION:https://meet.google.com/mae-hmgr-one
DESCRIPTION:Hi Rhys\,\n\nYou'll be meeting Tom Griffiths\, Head of Consents. Tom knows your unit's work on our Mynydd Bach scheme - expect to talk about setting assessments\, ES chapters and how you'd manage our archaeological contractors.\n\nChloe\n\nScheduled via Lever
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="greenhouse-confirmation",
        uid="greenhouse-interview-88120457-3301-4e2d@oakhurstarch.example.co.uk",
        is_interview=1,
        company="Oakhurst Archaeology",
        role="Project Manager",
        stage="onsite",
        interviewers="lucy.barden@oakhurstarch.example.co.uk;neil.ferris@oakhurstarch.example.co.uk",
        trap="greenhouse-interview-confirmation-folded-attendees",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-interview-88120457-3301-4e2d@oakhurstarch.example.co.uk
DTSTAMP:20261130T120000Z
DTSTART:20261209T100000Z
DTEND:20261209T113000Z
SUMMARY:Interview Confirmation: Rhys Llewellyn for Project Manager at Oakh
 urst Archaeology
ORGANIZER;CN=Oakhurst Archaeology Recruiting:mailto:no-reply@us.greenhous
 e.example.io
ATTENDEE;CN=Rhys Llewellyn;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP
 =TRUE:mailto:rhys.llewellyn.arch@gmail.com
LOCATION:Oakhurst Archaeology\, The Old Forge\, Charing\, Kent TN27 0ZZ
DESCRIPTION:Hi Rhys\,\n\nThanks for confirming. Here is your schedule:\n\n
 10:00 - 10:45 Lucy Barden (Head of Fieldwork) - lucy.barden@oakhurstarch.e
 xample.co.uk\n10:45 - 11:30 Neil Ferris (Managing Director) - neil.ferris@
 oakhurstarch.example.co.uk\n\nPlease let us know if you need any adjustmen
 ts.\n\nOakhurst Archaeology Recruiting
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-hand-entry",
        uid="6h8j0k2l4z6x8c0v2b4n6m8q0w@google.com",
        is_interview=1,
        company="Peakland Archaeology",
        role="Project Manager",
        stage="recruiter_screen",
        interviewers="Janet Cole",
        trap="self-entered-hr-phone-call-name-only",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Rhys (personal)
X-WR-TIMEZONE:Europe/London
{TZ_LONDON}BEGIN:VEVENT
DTSTART;TZID=Europe/London:20261106T083000
DTEND;TZID=Europe/London:20261106T090000
DTSTAMP:20261103T120000Z
UID:6h8j0k2l4z6x8c0v2b4n6m8q0w@google.com
CREATED:20261103T120000Z
DESCRIPTION:Janet Cole (HR) ringing re Project Manager application - first stage screening call. before Morlan!
LAST-MODIFIED:20261103T120000Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Peakland Archaeology - phone screen (Project Manager)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="webex-invite",
        uid="8f1c2a9b0d3e4f56a7b8c9d0e1f2a3b4@marcherheritage.webex.example.com",
        is_interview=1,
        company="Marcher Heritage Consultants",
        role="Senior Heritage Consultant",
        stage="hiring_manager",
        interviewers="rachel.vaughan@marcherheritage.example.co.uk",
        trap="webex-boilerplate-director-interview",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Cisco//Webex//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:8f1c2a9b0d3e4f56a7b8c9d0e1f2a3b4@marcherheritage.webex.example.com
DTSTAMP:20261204T090000Z
DTSTART:20270112T100000Z
DTEND:20270112T110000Z
SUMMARY:Interview - Senior Heritage Consultant - Rhys Llewellyn
ORGANIZER;CN=Rachel Vaughan:mailto:rachel.vaughan@marcherheritage.example.co.uk
ATTENDEE;CN=rhys.llewellyn.arch@gmail.com;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:rhys.llewellyn.arch@gmail.com
LOCATION:https://marcherheritage.webex.example.com/meet/rachel.vaughan
DESCRIPTION:Rachel Vaughan (Director\, Marcher Heritage Consultants) would like to interview you for the Senior Heritage Consultant role.\n\nJoin meeting: https://marcherheritage.webex.example.com/meet/rachel.vaughan\nMeeting number (access code): 2641 118 3902\nMeeting password: Mhc2027\n\nJoin by phone\n+44-20-7660-8855 United Kingdom Toll\nAccess code: 264 111 83902\n
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="freemail-outlook-walkover",
        uid="BTI-20261217-c0ffee42-3e5a-4d71-9b08-6f2a1d3c4b5e",
        is_interview=1,
        company="Gower Coastal Archaeology",
        role="Senior Archaeologist",
        stage="onsite",
        interviewers="nia.harcombe@btinternet.example.com",
        trap="owner-free-mail-interview-plus-walkover",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
{TZ_GMT_STD}BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20261205T183000Z
DESCRIPTION:Hi Rhys\, lovely to hear from you. Come down to Rhossili and we'll walk the eroding section of the cliff-top midden (bring boots!)\, then interview back at mine over a cuppa - we're tiny so it's just me. Senior Archaeologist job as advertised. Nia\n
DTEND;TZID="GMT Standard Time":20261217T130000
DTSTAMP:20261205T183000Z
DTSTART;TZID="GMT Standard Time":20261217T103000
LAST-MODIFIED:20261205T183000Z
LOCATION:NT car park Rhossili then Tŷ Gwyn
ORGANIZER;CN="Nia Harcombe":mailto:nia.harcombe@btinternet.example.com
ATTENDEE;CN="rhys.llewellyn.arch@gmail.com";RSVP=TRUE:mailto:rhys.llewellyn.arch@gmail.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Gower Coastal - interview & site walkover
TRANSP:OPAQUE
UID:BTI-20261217-c0ffee42-3e5a-4d71-9b08-6f2a1d3c4b5e
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-remote-test",
        uid="0p2o4i6u8y0t2r4e6w8q0a2s4d@google.com",
        is_interview=1,
        company="Solent Maritime Archaeology",
        role="Senior Project Officer (GIS & Reporting)",
        stage="technical",
        interviewers="",
        trap="timed-remote-gis-test-no-interviewer",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20270119T100000Z
DTEND:20270119T113000Z
DTSTAMP:20270111T101000Z
ORGANIZER;CN=SMA Recruitment:mailto:recruitment@solentmaritime.example.org.uk
UID:0p2o4i6u8y0t2r4e6w8q0a2s4d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rhys.llewellyn.arch@gmail.com;X-NUM-GUESTS=0:mailto:rhys.llewellyn.arch@gmail.com
CREATED:20270111T101000Z
DESCRIPTION:Stage 2 for Senior Project Officer (GIS & Reporting): timed remote exercise (90 mins). At 10:00 you'll receive a QGIS project with multibeam\, geophysics and intertidal survey data and a brief. Produce two figures and a 500-word summary of archaeological potential. Results decide who goes through to the final interview.\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/
LAST-MODIFIED:20270111T101000Z
LOCATION:Remote
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:SMA - GIS & reporting exercise (90 mins) - Rhys Llewellyn
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-second-interview",
        uid="2E7B4C91-A0D3-4F58-B6E2-91C8D7A3F0B4",
        is_interview=1,
        company="Isca Archaeology",
        role="Senior Project Officer",
        stage="final",
        interviewers="Paul Venner",
        trap="second-interview-train-times-in-notes",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.5//EN
CALSCALE:GREGORIAN
{TZ_LONDON}BEGIN:VEVENT
CREATED:20261208T191201Z
DTEND;TZID=Europe/London:20270121T150000
DTSTAMP:20261208T191245Z
DTSTART;TZID=Europe/London:20270121T133000
LAST-MODIFIED:20261208T191245Z
LOCATION:Isca Archaeology\, Marsh Barton\, Exeter
SEQUENCE:0
SUMMARY:2nd interview Isca Arch (Senior PO) - Dr Paul Venner
DESCRIPTION:final stage\, he said 2 of us left. Train 10:22 Cardiff Central -> Exeter St Davids. ask re: fieldwork allowance + van
TRANSP:OPAQUE
UID:2E7B4C91-A0D3-4F58-B6E2-91C8D7A3F0B4
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT4H
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
]
