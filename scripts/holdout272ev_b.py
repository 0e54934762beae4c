# ruff: noqa: E501, W291, W293, RUF100
"""holdout272 events, part b: Owen's own interviews (German and Chilean owners, agencies, internal, tech, trial days)."""

from holdout272ev_zones import (
    PACIFIC_SA_WIN,
    PACIFIC_WIN,
    THUNDERBIRD_VANCOUVER,
    US_MOUNTAIN_WIN,
    VANCOUVER,
    W_EUROPE_WIN,
)

EVENTS = [
    dict(
        kind="outlook-german-vorstellungsgespraech",
        uid="040000008200E00074C5B7101A82E00800000000D2C4E6F8A0B2DC0100000000000000001000000066AA77BB88CC99DD00EE11FF2233AA44",
        is_interview=1,
        company="Brenner Waldtechnik",
        role="Area Manager Western Canada (m/w/d)",
        stage="recruiter_screen",
        interviewers="k.schubert@brenner-waldtechnik.example.de",
        trap="german-erstgespraech-w-europe-zone",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Schubert, Katrin":mailto:k.schubert@brenner-waldtechnik.exam
 ple.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=owen.white
 cloud@shaw.ca:mailto:owen.whitecloud@shaw.ca
DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Whitecloud\,\n\nvielen Dank für Ihre 
 Bewerbung als Area Manager Western Canada (m/w/d). Gerne möchten wir Sie 
 in einem ersten Gespräch (ca. 45 Minuten) näher kennenlernen. Das Gespräc
 h führen wir auf Englisch.\n\nDear Mr Whitecloud\, thank you for your app
 lication. We would like to get to know you in a first interview (about 45
  minutes\, in English). Please note: 17:00 CET is 8:00 Pacific.\n\nMit fr
 eundlichen Grüßen / Kind regards\nKatrin Schubert\nHR Business Partner\nB
 renner Waldtechnik GmbH\, Am Forsthaus 12\, 94469 Deggendorf\n\n_________
 _______________________________________________________________________\nMicrosoft Teams-Besprechung\nNehmen Sie auf dem Computer\, in der mobilen App oder im Raum-Gerät teil\nKlicken Sie hier\, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_QnJlbm5lcg%40thread.v2/0>\nBesprechungs-ID: 352 004 817 229\nKennung: uW5b9R\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000D2C4E6F8A0B2DC0100000000000000
 001000000066AA77BB88CC99DD00EE11FF2233AA44
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Owen Whitecloud - Area Manager
  Western Canada (m/w/d)
DTSTART;TZID=W. Europe Standard Time:20260216T170000
DTEND;TZID=W. Europe Standard Time:20260216T174500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260209T093214Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-german-zweitgespraech",
        uid="040000008200E00074C5B7101A82E00800000000E3D5F7A9B1C3DC01000000000000000010000000778899AABBCCDDEEFF00112233445566",
        is_interview=1,
        company="Brenner Waldtechnik",
        role="Area Manager Western Canada",
        stage="hiring_manager",
        interviewers="t.huber@brenner-waldtechnik.example.de;f.brenner@brenner-waldtechnik.example.de",
        trap="german-zweitgespraech-no-vtimezone-summer-time",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Schubert, Katrin":mailto:k.schubert@brenner-waldtechnik.exam
 ple.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=owen.white
 cloud@shaw.ca:mailto:owen.whitecloud@shaw.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Huber, Tobias
 ":mailto:t.huber@brenner-waldtechnik.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN="Brenner, Flo
 rian":mailto:f.brenner@brenner-waldtechnik.example.de
DESCRIPTION;LANGUAGE=de-DE:Zweitgespräch mit Tobias Huber (Head of Sales No
 rth America) und Florian Brenner (Geschäftsführer). Bitte bereiten Sie ein
 e kurze Präsentation (10 Min.) vor: "How would you grow harvester-head sal
 es with BC contractors in the first 12 months?"\n\nSecond interview with T
 obias Huber and Florian Brenner. Please prepare a 10 minute presentation 
 (see above). 16:00 CEST = 7:00 Pacific.\n\nKatrin Schubert
UID:040000008200E00074C5B7101A82E00800000000E3D5F7A9B1C3DC0100000000000000
 0010000000778899AABBCCDDEEFF00112233445566
SUMMARY;LANGUAGE=de-DE:Zweitgespräch - Area Manager Western Canada - Whitec
 loud
DTSTART;TZID=W. Europe Standard Time:20260331T160000
DTEND;TZID=W. Europe Standard Time:20260331T171500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260320T081119Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-spanish-teams-boilerplate",
        uid="040000008200E00074C5B7101A82E00800000000F4E6A8B0C2D4DC01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90",
        is_interview=1,
        company="Cordillera Timber Canada",
        role="Operations Manager - BC Interior",
        stage="hiring_manager",
        interviewers="rvalenzuela@forestalcordillera.example.cl",
        trap="spanish-entrevista-chile-zone-parent-company",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{PACIFIC_SA_WIN}
BEGIN:VEVENT
ORGANIZER;CN=Rodrigo Valenzuela Soto:mailto:rvalenzuela@forestalcordillera.
 example.cl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=owen.white
 cloud@shaw.ca:mailto:owen.whitecloud@shaw.ca
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Constanza 
 Muñoz:mailto:cmunoz@forestalcordillera.example.cl
DESCRIPTION;LANGUAGE=es-CL:Hi Owen\,\n\nFollowing your conversation with Co
 nstanza (our HR coordinator)\, I'd like to meet you for the Operations Ma
 nager - BC Interior position with Cordillera Timber Canada Ltd.\, our new 
 subsidiary in Williams Lake. The conversation will be in English. 12:00 S
 antiago time is 8:00 in Vancouver.\n\nSaludos\,\nRodrigo Valenzuela\nGere
 nte de Operaciones Internacionales\nForestal Cordillera S.A.\n\n_________
 _______________________________________________________________________\nReunión de Microsoft Teams\nÚnase desde su equipo\, aplicación móvil o dispositivo de sala\nHaga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_Q29yZGlsbGVyYQ%40thread.v2/0>\nId. de reunión: 289 330 145 602\nCódigo de acceso: 2dGt7x\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000F4E6A8B0C2D4DC0100000000000000
 0010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
SUMMARY;LANGUAGE=es-CL:Entrevista Owen Whitecloud - Operations Manager BC I
 nterior
DTSTART;TZID=Pacific SA Standard Time:20260312T120000
DTEND;TZID=Pacific SA Standard Time:20260312T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260305T130044Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CL:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-meet-agency-names-client",
        uid="0q8w6e4r2t1y9u7i5o3p1a2s4d@google.com",
        is_interview=1,
        company="Fraser Plateau Lumber",
        role="Woodlands Manager",
        stage="recruiter_screen",
        interviewers="hayley@timberlinesearch.example.com",
        trap="agency-recruiter-screen-names-client-employer",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VANCOUVER}
BEGIN:VEVENT
DTSTART;TZID=America/Vancouver:20260120T120000
DTEND;TZID=America/Vancouver:20260120T124500
DTSTAMP:20260116T201733Z
ORGANIZER;CN=Hayley Brandt:mailto:hayley@timberlinesearch.example.com
UID:0q8w6e4r2t1y9u7i5o3p1a2s4d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Hayley
  Brandt;X-NUM-GUESTS=0:mailto:hayley@timberlinesearch.example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=owen.whitecloud@shaw.ca;X-NUM-GUESTS=0:mailto:owen.whitecloud@sha
 w.ca
DESCRIPTION:Owen - as discussed by email\, this is our screening interview 
 for the Woodlands Manager role with my client Fraser Plateau Lumber (Burn
 s Lake). I'll go through your background\, compensation expectations and 
 notice period\, and if it's a fit I'll present you to their GM this week.
 \n\nHayley Brandt\nSenior Consultant\, Timberline Search Partners\n\nJoin 
 with Google Meet: https://meet.google.com/xkp-qmrt-hwe\nJoin by phone: (CA)
  +1 604-555-0188 PIN: 402 118 733#\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nInvit
 ation from Google Calendar: https://calendar.google.com/calendar/\n\nYou a
 re receiving this email because you are an attendee on the event.\n-::~:~:
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~::~:~::-
LOCATION:https://meet.google.com/xkp-qmrt-hwe
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Timberline Search / Owen Whitecloud - Fraser Plateau Lumber\, Woodla
 nds Manager
TRANSP:OPAQUE
CONFERENCE;VALUE=URI;FEATURE=VIDEO;LABEL=meet.google.com/xkp-qmrt-hwe:https:
 //meet.google.com/xkp-qmrt-hwe
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="agency-client-in-person",
        uid="ts-evt-20260204-fpl-0091@timberlinesearch.example.com",
        is_interview=1,
        company="Fraser Plateau Lumber",
        role="Woodlands Manager",
        stage="hiring_manager",
        interviewers="wdahl@fraserplateau.example.ca",
        trap="agency-organizer-client-gm-interviewer-recruiter-coordinator",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:-//Timberline Search Partners//Bullhorn Calendar Sync 2.3//EN
VERSION:2.0
BEGIN:VEVENT
UID:ts-evt-20260204-fpl-0091@timberlinesearch.example.com
DTSTAMP:20260127T224502Z
DTSTART:20260204T183000Z
DTEND:20260204T203000Z
SUMMARY:Client interview: Owen Whitecloud with Wes Dahl (Fraser Plateau Lum
 ber)
ORGANIZER;CN=Hayley Brandt:mailto:hayley@timberlinesearch.example.com
ATTENDEE;CN=Owen Whitecloud;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:owen.whit
 ecloud@shaw.ca
ATTENDEE;CN=Wes Dahl;ROLE=REQ-PARTICIPANT:mailto:wdahl@fraserplateau.exampl
 e.ca
LOCATION:Fraser Plateau Lumber main office\, 88 Highway 16\, Burns Lake\, B
 C
DESCRIPTION:Owen\,\n\nWes Dahl (General Manager) will meet you for the Wood
 lands Manager role at 10:30. Expect about two hours: interview\, then a wa
 lk through the log yard and the dryland sort. Dress is business casual\; 
 bring steel toes for the yard. Call me afterwards so we can debrief.\n\nHa
 yley Brandt | Timberline Search Partners | 604-555-0188
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-us-mountain-fort-st-john",
        uid="040000008200E00074C5B7101A82E00800000000A5B7C9D1E3F5DC01000000000000000010000000FEDCBA9876543210FEDCBA9876543210",
        is_interview=1,
        company="Peace Valley Timber",
        role="Planning Superintendent",
        stage="hiring_manager",
        interviewers="cbell@peacevalleytimber.example.ca",
        trap="agency-invite-us-mountain-zone-no-dst-bc",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{US_MOUNTAIN_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Kowalczyk, Jenna":mailto:jkowalczyk@northernresourcestaffing
 .example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=owen.white
 cloud@shaw.ca:mailto:owen.whitecloud@shaw.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Bell, Curtis"
 :mailto:cbell@peacevalleytimber.example.ca
DESCRIPTION;LANGUAGE=en-US:Hi Owen\,\n\nPeace Valley Timber would like to m
 eet you for the Planning Superintendent opening in Fort St. John. Curtis 
 Bell (Woodlands Manager) will do the interview by Teams. Heads up: Fort St
 . John stays on Mountain Standard Time all year\, which now matches Pacifi
 c Daylight Time - so 10:00 there is 10:00 in Prince George.\n\nThanks\,\nJenna Kowalczyk\nNorthern Resour
 ce Staffing Inc.\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_UFZUMTAwMQ%40thread.v2/0>\nMeeting ID: 224 610 993 071\nPasscode: Fs3j8D\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000A5B7C9D1E3F5DC0100000000000000
 0010000000FEDCBA9876543210FEDCBA9876543210
SUMMARY;LANGUAGE=en-US:Peace Valley Timber - Planning Superintendent - O. W
 hitecloud (NRS candidate)
DTSTART;TZID=US Mountain Standard Time:20260319T100000
DTEND;TZID=US Mountain Standard Time:20260319T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260312T171040Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-internal-posting-panel",
        uid="040000008200E00074C5B7101A82E00800000000B6C8D0E2F4A6DC010000000000000000100000000F1E2D3C4B5A69788796A5B4C3D2E1F0",
        is_interview=1,
        company="Nechako Timber",
        role="Woodlands Operations Manager",
        stage="onsite",
        interviewers="glindqvist@nechakotimber.example.ca;mcole@nechakotimber.example.ca",
        trap="internal-application-own-employer-work-address",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{PACIFIC_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Petrie, Shauna":mailto:spetrie@nechakotimber.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Whiteclou
 d, Owen":mailto:owhitecloud@nechakotimber.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lindqvist, Gr
 ant":mailto:glindqvist@nechakotimber.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Cole, Marissa
 ":mailto:mcole@nechakotimber.example.ca
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="P
 G Office - Nechako Boardroom":mailto:pg-nechakoboardroom@nechakotimber.ex
 ample.ca
DESCRIPTION;LANGUAGE=en-US:Hi Owen\,\n\nThank you for applying to internal
  posting IP-2026-07 Woodlands Operations Manager. Your interview panel wil
 l be Grant Lindqvist (VP Woodlands) and Marissa Cole (Director\, Fibre Sup
 ply). I will attend as HR observer and note-taker.\n\nAs with all internal
  postings\, please keep this confidential within the panel.\n\nShauna Pet
 rie\nHR Business Partner
UID:040000008200E00074C5B7101A82E00800000000B6C8D0E2F4A6DC0100000000000000
 00100000000F1E2D3C4B5A69788796A5B4C3D2E1F0
SUMMARY;LANGUAGE=en-US:IP-2026-07 Woodlands Ops Manager - interview (Whitec
 loud)
DTSTART;TZID=Pacific Standard Time:20260407T130000
DTEND;TZID=Pacific Standard Time:20260407T143000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20260331T200844Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:PG Office - Nechako Boardroom
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-internal-final-presentation",
        uid="040000008200E00074C5B7101A82E00800000000C7D9E1F3A5B7DC0100000000000000001000000088776655443322110099AABBCCDDEEFF",
        is_interview=1,
        company="Nechako Timber",
        role="Woodlands Operations Manager",
        stage="final",
        interviewers="hnakamura@nechakotimber.example.ca;glindqvist@nechakotimber.example.ca",
        trap="internal-final-presentation-to-leadership-x-alt-desc",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{PACIFIC_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Petrie, Shauna":mailto:spetrie@nechakotimber.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Whiteclou
 d, Owen":mailto:owhitecloud@nechakotimber.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Nakamura, Har
 vey":mailto:hnakamura@nechakotimber.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lindqvist, Gr
 ant":mailto:glindqvist@nechakotimber.example.ca
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="P
 G Office - Nechako Boardroom":mailto:pg-nechakoboardroom@nechakotimber.ex
 ample.ca
DESCRIPTION;LANGUAGE=en-US:Owen\, final step for IP-2026-07: 20 minute pres
 entation to Harvey (CEO) and Grant on your first-year operating plan (con
 tractor capacity\, road building\, salvage vs. green wood)\, then 40 minut
 es of questions.\n
UID:040000008200E00074C5B7101A82E00800000000C7D9E1F3A5B7DC0100000000000000
 001000000088776655443322110099AABBCCDDEEFF
SUMMARY;LANGUAGE=en-US:IP-2026-07 - final - presentation (O. Whitecloud)
DTSTART;TZID=Pacific Standard Time:20260421T090000
DTEND;TZID=Pacific Standard Time:20260421T100000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20260414T222905Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:PG Office - Nechako Boardroom
X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Owen\, final step for <b>IP-20
 26-07</b>: 20 minute presentation to Harvey (CEO) and Grant on your first
 -year operating plan (contractor capacity\, road building\, salvage vs. g
 reen wood)\, then 40 minutes of questions.</p></body></html>
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="greenhouse-phone-screen",
        uid="gh-interview-5512873-owen-whitecloud@greenhouse.example.io",
        is_interview=1,
        company="CanopyScan Analytics",
        role="Forestry Solutions Lead",
        stage="recruiter_screen",
        interviewers="amara.osei@canopyscan.example.com",
        trap="greenhouse-ats-phone-screen",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-interview-5512873-owen-whitecloud@greenhouse.example.io
DTSTAMP:20260223T183012Z
DTSTART:20260226T200000Z
DTEND:20260226T203000Z
SUMMARY:Interview with CanopyScan Analytics - Forestry Solutions Lead
ORGANIZER;CN=Amara Osei:mailto:amara.osei@canopyscan.example.com
ATTENDEE;CN=Owen Whitecloud;RSVP=TRUE:mailto:owen.whitecloud@shaw.ca
ATTENDEE;CN=Amara Osei:mailto:amara.osei@canopyscan.example.com
LOCATION:Phone call - Amara will call 250-555-0147
DESCRIPTION:Hi Owen\,\n\nYou're confirmed for a 30-minute phone interview 
 with Amara Osei (Talent Partner) for the Forestry Solutions Lead role.\n\n
 Thursday\, February 26\, 2026\n12:00 PM - 12:30 PM PST\n\nWe'll talk abou
 t how you've used LiDAR and inventory data in operational planning and wh
 at you're looking for next.\n\nNeed to reschedule? Reply to this email.\n
 \nPowered by Greenhouse
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="zoom-technical-case-study",
        uid="gh-interview-5519044-owen-whitecloud@greenhouse.example.io",
        is_interview=1,
        company="CanopyScan Analytics",
        role="Forestry Solutions Lead",
        stage="technical",
        interviewers="liam.fairweather@canopyscan.example.com;sofia.reyes@canopyscan.example.com",
        trap="technical-case-study-no-interview-word",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VANCOUVER}
BEGIN:VEVENT
DTSTART;TZID=America/Vancouver:20260310T100000
DTEND;TZID=America/Vancouver:20260310T113000
DTSTAMP:20260303T172018Z
ORGANIZER;CN=Amara Osei:mailto:amara.osei@canopyscan.example.com
UID:gh-interview-5519044-owen-whitecloud@greenhouse.example.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=owen.whitecloud@shaw.ca;X-NUM-GUESTS=0:mailto:owen.whitecloud@sha
 w.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Liam F
 airweather;X-NUM-GUESTS=0:mailto:liam.fairweather@canopyscan.example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sofia 
 Reyes;X-NUM-GUESTS=0:mailto:sofia.reyes@canopyscan.example.com
DESCRIPTION:Case study session - Forestry Solutions Lead\n\nLiam Fairweath
 er (VP Product) and Sofia Reyes (Lead Data Scientist) will walk through a
  sample LiDAR-derived stand inventory for a TFL in the Omineca and ask you
  to critique it as a licensee forester would. No prep needed beyond a lap
 top.\n\nJoin Zoom Meeting\nhttps://canopyscan.zoom.us/j/84410927731?pwd=Q2
 Fub3B5\n\nMeeting ID: 844 1092 7731\nPasscode: 551903\n\n---\n\nOne tap mob
 ile\n+16475550121\,\,84410927731# Canada\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nInv
 itation from Google Calendar: https://calendar.google.com/calendar/\n-::~:
 ~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~::~:~::-
LOCATION:https://canopyscan.zoom.us/j/84410927731?pwd=Q2Fub3B5
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:CanopyScan <> Owen Whitecloud: case study session
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="lever-google-invite",
        uid="lever-3f1d9b27-6a4e-4c58-b0e2-7d8c9a1f2e36@google.com",
        is_interview=1,
        company="Lidarix",
        role="Forest Inventory Product Specialist",
        stage="hiring_manager",
        interviewers="noah.gauthier@lidarix.example.com",
        trap="lever-hiring-manager-google-invite",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VANCOUVER}
BEGIN:VEVENT
DTSTART;TZID=America/Vancouver:20260225T153000
DTEND;TZID=America/Vancouver:20260225T161500
DTSTAMP:20260219T210043Z
ORGANIZER;CN=Lidarix Recruiting:mailto:recruiting@lidarix.example.com
UID:lever-3f1d9b27-6a4e-4c58-b0e2-7d8c9a1f2e36@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Noah G
 authier;X-NUM-GUESTS=0:mailto:noah.gauthier@lidarix.example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Owen Whitecloud;X-NUM-GUESTS=0:mailto:owen.whitecloud@shaw.ca
DESCRIPTION:Hi Owen\,\n\nThis is your interview with Noah Gauthier\, Head o
 f Product\, for the Forest Inventory Product Specialist role at Lidarix.\n
 \nVideo call: https://meet.google.com/pzt-fwqo-ynr\n\nScheduled via Lever.
 \n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nInvitation from Google Calendar: https:/
 /calendar.google.com/calendar/\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LOCATION:https://meet.google.com/pzt-fwqo-ynr
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Owen Whitecloud <> Lidarix (Hiring Manager Interview)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="lever-final-presentation",
        uid="lever-8b2c4e6a-1d3f-4a5b-9c7e-0f2a4c6e8b1d@google.com",
        is_interview=1,
        company="Lidarix",
        role="Forest Inventory Product Specialist",
        stage="final",
        interviewers="noah.gauthier@lidarix.example.com;tess.mcallister@lidarix.example.com;ravi.chaudhry@lidarix.example.com",
        trap="final-round-presentation-loop-utc",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260316T170000Z
DTEND:20260316T190000Z
DTSTAMP:20260309T221506Z
ORGANIZER;CN=Lidarix Recruiting:mailto:recruiting@lidarix.example.com
UID:lever-8b2c4e6a-1d3f-4a5b-9c7e-0f2a4c6e8b1d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Owen Whitecloud;X-NUM-GUESTS=0:mailto:owen.whitecloud@shaw.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Noah G
 authier;X-NUM-GUESTS=0:mailto:noah.gauthier@lidarix.example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tess M
 cAllister;X-NUM-GUESTS=0:mailto:tess.mcallister@lidarix.example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ravi C
 haudhry;X-NUM-GUESTS=0:mailto:ravi.chaudhry@lidarix.example.com
DESCRIPTION:Final round - Forest Inventory Product Specialist\n\n10:00 Your
  presentation (20 min): "Selling a LiDAR inventory to a mid-size BC licen
 see" + Q&A with Noah\n10:45 Tess McAllister (CEO)\n11:15 Ravi Chaudhry (Cu
 stomer Success Lead)\n\nhttps://meet.google.com/qjd-rnbv-kse\n\nScheduled 
 via Lever.
LOCATION:https://meet.google.com/qjd-rnbv-kse
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Lidarix final round - Owen Whitecloud
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="calendly-invitee",
        uid="4e2f7a9c-3b1d-4f6e-8a5c-2d9b7e1f3a60",
        is_interview=1,
        company="Boreal Carbon Works",
        role="Forest Carbon Project Manager",
        stage="hiring_manager",
        interviewers="nadia@borealcarbonworks.example.com",
        trap="calendly-summary-only-two-names",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:4e2f7a9c-3b1d-4f6e-8a5c-2d9b7e1f3a60
DTSTAMP:20260227T041500Z
DTSTART:20260304T223000Z
DTEND:20260304T231500Z
SUMMARY:Owen Whitecloud and Nadia Rahimi
ORGANIZER;CN=Nadia Rahimi:mailto:nadia@borealcarbonworks.example.com
ATTENDEE;CN=Owen Whitecloud;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FAL
 SE:mailto:owen.whitecloud@shaw.ca
ATTENDEE;CN=Nadia Rahimi;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:nad
 ia@borealcarbonworks.example.com
LOCATION:https://us06web.zoom.us/j/81127730461
DESCRIPTION:Event Name: 45 Minute Interview - Forest Carbon Project Manager
 \n\nLocation: This is a Zoom web conference.\nhttps://us06web.zoom.us/j/8
 1127730461\n\nPlease share anything that will help prepare for our meeting
 .: Improved forest management (IFM) baselines\, I've done carbon-related
  growth & yield work on our TSA.\n\nNeed to make changes to this event?\n
 Cancel: https://calendly.com/cancellations/4e2f7a9c-3b1d-4f6e-8a5c-2d9b7e
 1f3a60\nReschedule: https://calendly.com/reschedulings/4e2f7a9c-3b1d-4f6e
 -8a5c-2d9b7e1f3a60\n\nPowered by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="thunderbird-handtyped",
        uid="a7f3c1e9-5b2d-4e8f-9a0c-6d1b3f5e7a92",
        is_interview=1,
        company="Blackwater Silviculture",
        role="Operations Manager",
        stage="hiring_manager",
        interviewers="Jim Koehler",
        trap="terse-handtyped-silviculture-contractor-owner-call",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
{THUNDERBIRD_VANCOUVER}
BEGIN:VEVENT
CREATED:20260302T050911Z
LAST-MODIFIED:20260302T051027Z
DTSTAMP:20260302T051027Z
UID:a7f3c1e9-5b2d-4e8f-9a0c-6d1b3f5e7a92
SUMMARY:call Jim K - Blackwater ops mgr job
DTSTART;TZID=America/Vancouver:20260303T190000
DTEND;TZID=America/Vancouver:20260303T194500
DESCRIPTION:Jim Koehler\, owner. 250-555-0163 (cell). he wants someone to r
 un 3 planting camps + brushing. ask re: salary vs bonus per tree\, truck\,
  how many seasons he's got contracts for
X-MOZ-GENERATION:2
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT15M
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-com-trial-days-recurrence-override",
        uid="040000008200E00074C5B7101A82E00800000000D8E0F2A4B6C8DC0100000000000000001000000012345678ABCDEF0012345678ABCDEF00",
        is_interview=1,
        company="Blackwater Silviculture",
        role="Operations Manager",
        stage="onsite",
        interviewers="jimkoehler.silv@hotmail.com",
        trap="paid-trial-days-rrule-recurrence-id-override-freemail",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{PACIFIC_WIN}
BEGIN:VEVENT
ORGANIZER;CN=Jim Koehler:mailto:jimkoehler.silv@hotmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=owen.white
 cloud@shaw.ca:mailto:owen.whitecloud@shaw.ca
DESCRIPTION;LANGUAGE=en-US:Owen - as we talked\, two paid trial days befor
 e I decide on the ops manager job. Day 1 you shadow me at the Tachick Lak
 e camp (crew bosses\, tree counts\, cooler\, quality plots). Day 2 you run
  the morning tailgate and the plot checks yourself and we talk after. $450
 /day. Bring your own plot cord and a packed lunch. Jim
RRULE:FREQ=DAILY;COUNT=2
UID:040000008200E00074C5B7101A82E00800000000D8E0F2A4B6C8DC0100000000000000
 001000000012345678ABCDEF0012345678ABCDEF00
SUMMARY;LANGUAGE=en-US:Trial days - Blackwater ops mgr (Owen)
DTSTART;TZID=Pacific Standard Time:20260514T060000
DTEND;TZID=Pacific Standard Time:20260514T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260504T031522Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Tachick Lake planting camp\, km 22 Kenney Dam Rd
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN=Jim Koehler:mailto:jimkoehler.silv@hotmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=owen.white
 cloud@shaw.ca:mailto:owen.whitecloud@shaw.ca
DESCRIPTION;LANGUAGE=en-US:Day 2 - crew bus leaves camp at 5:15\, be there 
 by 5:00 for tailgate. Jim
RECURRENCE-ID;TZID=Pacific Standard Time:20260515T060000
UID:040000008200E00074C5B7101A82E00800000000D8E0F2A4B6C8DC0100000000000000
 001000000012345678ABCDEF0012345678ABCDEF00
SUMMARY;LANGUAGE=en-US:Trial days - Blackwater ops mgr (Owen)
DTSTART;TZID=Pacific Standard Time:20260515T050000
DTEND;TZID=Pacific Standard Time:20260515T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260504T031522Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Tachick Lake planting camp\, km 22 Kenney Dam Rd
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="board-panel-community-forest",
        uid="wfcf-gm-2026-interview-07@willowflatscf.example.ca",
        is_interview=1,
        company="Willow Flats Community Forest",
        role="General Manager",
        stage="onsite",
        interviewers="lorraine.beaudry@willowflatscf.example.ca;kostrowski@shaw.ca",
        trap="board-of-directors-interview-freemail-director",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{PACIFIC_WIN}
BEGIN:VEVENT
ORGANIZER;CN=Lorraine Beaudry:mailto:lorraine.beaudry@willowflatscf.example
 .ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=owen.white
 cloud@shaw.ca:mailto:owen.whitecloud@shaw.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ken Ostrowski:
 mailto:kostrowski@shaw.ca
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=WFCF Admin:mai
 lto:admin@willowflatscf.example.ca
DESCRIPTION;LANGUAGE=en-US:Dear Owen\,\n\nThe Board of Willow Flats Commun
 ity Forest Ltd. invites you to interview for the position of General Mana
 ger. The hiring committee is Lorraine Beaudry (Board Chair) and Ken Ostro
 wski (Director). Our admin will take notes. The interview is in person at
  the Community Hall\, 12 Main St\, Willow Flats\, about 60-75 minutes.\n\n
 Please bring a one-page outline of how you would approach our 2027 Manage
 ment Plan and community engagement.\n\nLorraine Beaudry\, Chair
UID:wfcf-gm-2026-interview-07@willowflatscf.example.ca
SUMMARY;LANGUAGE=en-US:WFCF General Manager - interview with the Board
DTSTART;TZID=Pacific Standard Time:20260414T183000
DTEND;TZID=Pacific Standard Time:20260414T200000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260406T011204Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Willow Flats Community Hall
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-teaching-demo",
        uid="040000008200E00074C5B7101A82E00800000000E9F1A3B5C7D9DC01000000000000000010000000ABABCDCDEFEF01012323454567678989",
        is_interview=1,
        company="New Caledonia Polytechnic",
        role="Forestry Technology Instructor",
        stage="onsite",
        interviewers="hashdown@ncpoly.example.ca;rlefebvre@ncpoly.example.ca",
        trap="faculty-teaching-demonstration-search-committee",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{PACIFIC_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Search Committee - Forestry Tech":mailto:forestrysearch@ncp
 oly.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=owen.white
 cloud@shaw.ca:mailto:owen.whitecloud@shaw.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ashdown, Hel
 en":mailto:hashdown@ncpoly.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lefebvre, Re
 né":mailto:rlefebvre@ncpoly.example.ca
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="N
 CP Room 2-118 (Forestry Lab)":mailto:rm2-118@ncpoly.example.ca
DESCRIPTION;LANGUAGE=en-US:Dear Owen\,\n\nThank you for your interest in th
 e Forestry Technology Instructor (regular\, full-time) position. Your inte
 rview has two parts:\n\n1. Teaching demonstration (20 min) to the search c
 ommittee and a few second-year students: "Measuring site index in the fie
 ld" - please pitch it to a 2nd-year diploma class.\n2. Interview with the
  search committee: Dr. Helen Ashdown (Dean\, Trades & Natural Resources) 
 and René Lefebvre (Chair\, Forestry Technology).\n\nA projector and white
 board are available.\n\nFaculty Search Committee\nNew Caledonia Polytechn
 ic
UID:040000008200E00074C5B7101A82E00800000000E9F1A3B5C7D9DC0100000000000000
 0010000000ABABCDCDEFEF01012323454567678989
SUMMARY;LANGUAGE=en-US:Teaching demo + interview - Forestry Technology Inst
 ructor - O. Whitecloud
DTSTART;TZID=Pacific Standard Time:20260423T130000
DTEND;TZID=Pacific Standard Time:20260423T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260415T170119Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:NCP Room 2-118 (Forestry Lab)
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="research-job-talk",
        uid="wfri-seminar-2026-05-06-whitecloud@wfri.example.ca",
        is_interview=1,
        company="Western Forest Research Institute",
        role="Research Forester - Silviculture Systems",
        stage="onsite",
        interviewers="pvos@wfri.example.ca;jchen@wfri.example.ca",
        trap="candidate-seminar-job-talk-looks-like-lecture",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:wfri-seminar-2026-05-06-whitecloud@wfri.example.ca
DTSTAMP:20260428T160000Z
DTSTART:20260506T170000Z
DTEND:20260506T210000Z
SUMMARY:Candidate seminar & meetings: Owen Whitecloud (Research Forester)
ORGANIZER;CN="Vos, Pieter":mailto:pvos@wfri.example.ca
ATTENDEE;CN=Owen Whitecloud;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:owen.whi
 tecloud@shaw.ca
ATTENDEE;CN="Chen, Jia";ROLE=REQ-PARTICIPANT:mailto:jchen@wfri.example.ca
ATTENDEE;CN="WFRI All Staff";CUTYPE=GROUP;ROLE=OPT-PARTICIPANT:mailto:allst
 aff@wfri.example.ca
LOCATION:WFRI Seminar Room / Zoom
DESCRIPTION:Candidate for Research Forester - Silviculture Systems.\n\n10:
 00-10:45 Seminar (open to all staff): "Partial cutting in beetle-salvaged
  SBS stands: 12 years of operational trials"\n11:00-12:30 Interview with 
 the hiring committee (Pieter Vos\, Program Lead\; Jia Chen\, Senior Scien
 tist)\n12:30-14:00 Lunch with the silviculture team
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="microsoft-bookings-phone-screen",
        uid="bookings-6d1c0a37-ef84-4a2b-9e13-5c70b9d2f148@fgpp.example.ca",
        is_interview=1,
        company="Fort George Pulp & Paper",
        role="Fibre Supply Forester",
        stage="recruiter_screen",
        interviewers="mlachance@fgpp.example.ca",
        trap="microsoft-bookings-candidate-self-booked",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{PACIFIC_WIN}
BEGIN:VEVENT
ORGANIZER;CN=FGPP Talent Acquisition:mailto:FGPPTalentAcquisition@fgpp.exam
 ple.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Owen White
 cloud:mailto:owen.whitecloud@shaw.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Marnie Lachan
 ce:mailto:mlachance@fgpp.example.ca
DESCRIPTION;LANGUAGE=en-US:Your booking with FGPP Talent Acquisition has be
 en confirmed.\n\nService: Fibre Supply Forester - Phone Screen (30 min)\nS
 taff: Marnie Lachance\n\nMarnie will call you at 250-555-0147.\n\nNeed to 
 make changes? Manage booking: https://outlook.office365.com/owa/calendar/
 FGPPTalentAcquisition@fgpp.example.ca/bookings/\n\nFort George Pulp & Pap
 er - Talent Acquisition
UID:bookings-6d1c0a37-ef84-4a2b-9e13-5c70b9d2f148@fgpp.example.ca
SUMMARY;LANGUAGE=en-US:Fibre Supply Forester - Phone Screen
DTSTART;TZID=Pacific Standard Time:20260407T083000
DTEND;TZID=Pacific Standard Time:20260407T090000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260401T190312Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Phone call
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="taleo-confirmation",
        uid="TALEO-INT-26-0193-000347@cascadiatransmission.example.com",
        is_interview=1,
        company="Cascadia Transmission",
        role="Vegetation Management Forester",
        stage="onsite",
        interviewers="dgrewal@cascadiatransmission.example.com;hbakker@cascadiatransmission.example.com",
        trap="utility-right-of-way-taleo-panel",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Oracle//Taleo Enterprise Edition 23B//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:TALEO-INT-26-0193-000347@cascadiatransmission.example.com
DTSTAMP:20260409T164502Z
DTSTART:20260416T163000Z
DTEND:20260416T173000Z
SUMMARY:Interview Confirmation - Vegetation Management Forester (26-0193)
ORGANIZER;CN="Cascadia Transmission Careers":mailto:careers@cascadiatransm
 ission.example.com
ATTENDEE;CN="Owen Whitecloud";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:owen.
 whitecloud@shaw.ca
ATTENDEE;CN="Grewal, Deepa";ROLE=REQ-PARTICIPANT:mailto:dgrewal@cascadiatr
 ansmission.example.com
ATTENDEE;CN="Bakker, Hans";ROLE=REQ-PARTICIPANT:mailto:hbakker@cascadiatra
 nsmission.example.com
LOCATION:Microsoft Teams (link below)
DESCRIPTION:Dear Owen\,\n\nThis confirms your interview for requisition 26
 -0193 Vegetation Management Forester (Northern Region\, Prince George).\n
 \nInterviewers: Deepa Grewal (Manager\, Vegetation Management) and Hans Ba
 kker (Senior Arborist / Utility Forester).\nDate/time: Thursday April 16\
 , 2026\, 9:30 - 10:30 a.m. Pacific.\n\nThe panel will ask about hazard-tr
 ee assessment\, right-of-way clearing contracts\, and working with First N
 ations on vegetation plans. Teams: https://teams.microsoft.com/l/meetup-j
 oin/19%3ameeting_Q1RDMjYwMTkz%40thread.v2/0\n\nThis is an automated messa
 ge from Taleo. Please do not reply.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="status-cancelled-final",
        uid="TALEO-INT-26-0193-000412@cascadiatransmission.example.com",
        is_interview=1,
        company="Cascadia Transmission",
        role="Vegetation Management Forester",
        stage="final",
        interviewers="mfontaine@cascadiatransmission.example.com",
        trap="status-cancelled-final-posting-on-hold",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Oracle//Taleo Enterprise Edition 23B//EN
METHOD:CANCEL
BEGIN:VEVENT
UID:TALEO-INT-26-0193-000412@cascadiatransmission.example.com
DTSTAMP:20260428T150011Z
DTSTART:20260430T170000Z
DTEND:20260430T180000Z
SUMMARY:CANCELLED: Final Interview - Vegetation Management Forester (26-019
 3)
ORGANIZER;CN="Cascadia Transmission Careers":mailto:careers@cascadiatransm
 ission.example.com
ATTENDEE;CN="Owen Whitecloud";ROLE=REQ-PARTICIPANT:mailto:owen.whitecloud
 @shaw.ca
ATTENDEE;CN="Fontaine, Marc";ROLE=REQ-PARTICIPANT:mailto:mfontaine@cascadi
 atransmission.example.com
LOCATION:Cascadia Transmission\, 1200 4th Ave\, Prince George
DESCRIPTION:Dear Owen\,\n\nWe regret to inform you that your final intervi
 ew with Marc Fontaine (Director\, Northern Operations) has been cancelled 
 as requisition 26-0193 has been placed on hold. We will contact you if the
  requisition re-opens.\n\nCascadia Transmission Talent Acquisition
STATUS:CANCELLED
SEQUENCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
]
