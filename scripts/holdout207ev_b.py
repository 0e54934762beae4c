# ruff: noqa: E501
"""holdout207 events, part b: Ocean Winds, Semco Maritime, Equinor, Vattenfall, TotalEnergies, Flotation, Cerulean."""

from holdout207ev_tz import COPENHAGEN, GMT_STD, LONDON, ROMANCE

EVENTS = [
    dict(
        kind="gcal-invite", eol="crlf", uid="5k2q8vbn0r7m3t1d9c4h6j2a0s@google.com",
        is_interview=1, company="Ocean Winds", role="HSE Manager - Caledonia Offshore Wind Farm", stage="recruiter_screen",
        interviewers="eilidh.grant@oceanwinds.com", trap="greenhouse-via-google-meet-initial-conversation",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250228T143000Z
DTEND:20250228T150000Z
DTSTAMP:20250221T101522Z
ORGANIZER;CN=Eilidh Grant:mailto:eilidh.grant@oceanwinds.com
UID:5k2q8vbn0r7m3t1d9c4h6j2a0s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Eilidh Grant;X-NUM-GUESTS=0:mailto:eilidh.grant@oceanwinds.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=fiona.mackenzie.hse@gmail.com;X-NUM-GUESTS=0:mailto:fiona.mackenzie
 .hse@gmail.com
X-GOOGLE-CONFERENCE:https://meet.google.com/qvx-hnbd-tre
CREATED:20250221T101521Z
DESCRIPTION:Hi Fiona\, looking forward to our chat about the HSE Manager ro
 le on Caledonia. 30 mins\, fairly informal - your background\, what you're
  looking for\, notice period and package\, and I'll tell you about the pro
 ject and next steps.<br><br>Eilidh<br>Talent Acquisition\, Ocean Winds UK<b
 r><br>Scheduled via Greenhouse<br><br>-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-<br>Join w
 ith Google Meet: https://meet.google.com/qvx-hnbd-tre<br>Or dial: (GB) +44
  20 3957 1682 PIN: 418 227 993#<br>-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20250221T101522Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Fiona Mackenzie <> Eilidh Grant (Ocean Winds)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="outlook-invite", eol="crlf", uid="040000008200E00074C5B7101A82E00800000000B4E2F1A19A9FDB0100000000000000001000000077D1C4E8A2B34F6C9E0D1A2B3C4D5E6F",
        is_interview=1, company="Ocean Winds", role="HSE Manager - Caledonia", stage="technical",
        interviewers="pablo.serrano@oceanwinds.com;gavin.reid@oceanwinds.com", trap="teams-technical-case-study-given-beforehand",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN=Gavin Reid:mailto:gavin.reid@oceanwinds.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=fiona.mackenzie.hse@gmail.com:mailto:fiona.mackenzie.hse@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Pablo Serrano Gil:mailto:pablo.serrano@oceanwinds.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Eilidh Grant:mailto:eilidh.grant@oceanwinds.com
DESCRIPTION;LANGUAGE=en-GB:Hi Fiona\,\n\nAs Eilidh mentioned\, this session
  is the technical part. 30 minutes before the start I'll email you a shor
 t scenario (a marine coordination near-miss during array cable pull-in) -
  have a read\, and we'll spend the first half hour on how you would handle
  it and the investigation\, then general HSE technical questions with Pab
 lo (Head of HSE\, OW UK).\n\nGavin Reid\nConstruction Manager\, Caledonia\n\n__
 ______________________________________________________________________________\nMicrosoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-j
 oin/19%3ameeting_OWQ3ZmE0\nMeeting ID: 394 002 571 336  Passcode: uR4mV9\n
SUMMARY;LANGUAGE=en-GB:Caledonia HSE Manager - technical interview (F. Mackenzie)
DTSTART;TZID=GMT Standard Time:20250326T100000
DTEND;TZID=GMT Standard Time:20250326T113000
UID:040000008200E00074C5B7101A82E00800000000B4E2F1A19A9FDB0100000000000000001000000077D1C4E8A2B34F6C9E0D1A2B3C4D5E6F
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250319T140233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="ats-invite", eol="crlf", uid="emply-meeting-2f8c1b7e-1f0a-4b25-a8e7-33d9c60b41aa@emply.net",
        is_interview=1, company="Semco Maritime", role="HSE Manager, Offshore Wind Projects", stage="recruiter_screen",
        interviewers="tros@semcomaritime.com", trap="danish-ats-english-teams-first-interview",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Emply//Emply Hire//EN
METHOD:REQUEST
""" + COPENHAGEN + r"""BEGIN:VEVENT
UID:emply-meeting-2f8c1b7e-1f0a-4b25-a8e7-33d9c60b41aa@emply.net
DTSTAMP:20250213T124410Z
DTSTART;TZID=Europe/Copenhagen:20250220T130000
DTEND;TZID=Europe/Copenhagen:20250220T134500
SUMMARY:1st interview: HSE Manager\, Offshore Wind Projects - Fiona Mackenzie
DESCRIPTION:Dear Fiona\n\nThank you for your application. We are happy to i
 nvite you to a first interview on Microsoft Teams with Trine Østergaard (Ta
 lent Acquisition). The meeting is in English.\n\nPlease note: the time is D
 anish time (CET). \n\nTeams: https://teams.microsoft.com/l/meetup-join/19%3am
 eeting_YTk3NWVm\n\nKind regards\nSemco Maritime A/S\nPeople & Culture
LOCATION:Microsoft Teams
ORGANIZER;CN=Trine Østergaard:mailto:TROS@semcomaritime.com
ATTENDEE;CN=Fiona Mackenzie;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:fiona.mackenzie.hse@gmail.com
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="gcal-invite", eol="crlf", uid="0m8sd2kq4e9f1v7c3b5n6p8r2t@google.com",
        is_interview=1, company="Semco Maritime", role="HSE Manager, Offshore Wind Projects", stage="onsite",
        interviewers="molu@semcomaritime.com;hd@semcomaritime.com", trap="port-site-visit-and-second-interview-esbjerg",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + COPENHAGEN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Copenhagen:20250321T090000
DTEND;TZID=Europe/Copenhagen:20250321T140000
DTSTAMP:20250306T081155Z
ORGANIZER;CN=Morten Lund:mailto:molu@semcomaritime.com
UID:0m8sd2kq4e9f1v7c3b5n6p8r2t@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Morten Lund;X-NUM-GUESTS=0:mailto:molu@semcomaritime.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Henrik Damgaard;X-NUM-GUESTS=0:mailto:hd@semcomaritime.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=fiona.mackenzie.hse@gmail.com;X-NUM-GUESTS=0:mailto:fiona.mackenzie.hse@gmail.com
DESCRIPTION:Hi Fiona\,\n\nGreat to hear you can come over. Plan for Friday:\n
 \n09:00 Meet at our reception\, Esbjerg Havn\n09:30 Site visit - Østhavnen
  pre-assembly area and the quay where we mobilise for the offshore substati
 on hook-up. Bring your own safety boots if you can\, we have helmets\, gla
 sses and vests.\n11:30 Second interview with me and Henrik Damgaard (Projec
 t Director)\n12:30 Lunch in the canteen\n\nI will pick you up from the hotel
  at 08:40 if that helps.\n\nBest\nMorten
LOCATION:Semco Maritime\, Esbjerg Havn\, 6700 Esbjerg\, Denmark
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Fiona Mackenzie - site visit Esbjerg + 2nd interview
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="outlook-invite", eol="crlf", uid="040000008200E00074C5B7101A82E008000000006A1F3C2E71A7DB01000000000000000010000000C1D2E3F405162738495A6B7C8D9EAFB0",
        is_interview=1, company="Equinor", role="HSE Lead, Hywind Scotland", stage="",
        interviewers="isol@equinor.com;alma@equinor.com", trap="video-interview-timed-for-first-day-off-rotation",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN=Ingrid Solberg:mailto:ISOL@equinor.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=fiona.mackenzie.hse@gmail.com:mailto:fiona.mackenzie.hse@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Alan Mair:mailto:ALMA@equinor.com
DESCRIPTION;LANGUAGE=en-GB:Dear Fiona\,\n\nThank you for letting us know ab
 out your rotation - we have moved the video interview to Monday 14 April\,
  your first day back onshore\, in the afternoon so you have time to get ho
 me from Dyce. Alan Mair (O&M Manager\, Hywind) and I will meet you on Team
 s. Camera on please.\n\nBest regards\nIngrid Solberg\nLead HSE Advisor\, Re
 newables UK\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile a
 pp or room device\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_M
 2VjNjEx\nMeeting ID: 358 115 920 640\nPasscode: Fj6kT2\n
SUMMARY;LANGUAGE=en-GB:Video interview: HSE Lead\, Hywind Scotland - Fiona Mackenzie
DTSTART;TZID=GMT Standard Time:20250414T150000
DTEND;TZID=GMT Standard Time:20250414T160000
UID:040000008200E00074C5B7101A82E008000000006A1F3C2E71A7DB01000000000000000010000000C1D2E3F405162738495A6B7C8D9EAFB0
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250328T091847Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="outlook-cancel", eol="crlf", uid="040000008200E00074C5B7101A82E0080000000031B2C3D4E5A5DB01000000000000000010000000A0B1C2D3E4F5061728394A5B6C7D8E9F",
        is_interview=1, company="Equinor", role="HSE Lead, Hywind Scotland", stage="",
        interviewers="isol@equinor.com;alma@equinor.com", trap="method-cancel-slot-clashed-with-rotation",
        ics=r"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN=Ingrid Solberg:mailto:ISOL@equinor.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=fiona.mackenzie.hse@gmail.com:mailto:fiona.mackenzie.hse@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Alan Mair:mailto:ALMA@equinor.com
DESCRIPTION;LANGUAGE=en-GB:Cancelled - you are offshore that week. New invi
 te to follow.\n
SUMMARY;LANGUAGE=en-GB:Canceled: Video interview: HSE Lead\, Hywind Scotland - Fiona Mackenzie
DTSTART;TZID=GMT Standard Time:20250409T100000
DTEND;TZID=GMT Standard Time:20250409T110000
UID:040000008200E00074C5B7101A82E0080000000031B2C3D4E5A5DB01000000000000000010000000A0B1C2D3E4F5061728394A5B6C7D8E9F
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20250328T090512Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="ats-invite", eol="crlf", uid="WD-CAL-20250227-88f0e4a1c7@vattenfall.wd3.myworkday.com",
        is_interview=1, company="Vattenfall", role="HSE Manager - European Offshore Wind Deployment Centre", stage="recruiter_screen",
        interviewers="annika.lindqvist@vattenfall.com", trap="workday-screening-call-swedish-ta",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Recruiting Interview Schedule//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-CAL-20250227-88f0e4a1c7@vattenfall.wd3.myworkday.com
DTSTAMP:20250220T135507Z
DTSTART:20250227T160000Z
DTEND:20250227T163000Z
SUMMARY:Interview Invitation: HSE Manager - European Offshore Wind Deployment Centre (R-2025-01142)
DESCRIPTION:Interview Type: Screening call (Microsoft Teams)\nCandidate: Fi
 ona Mackenzie\nInterviewer: Annika Lindqvist\, Talent Acquisition Speciali
 st\nLocation of position: Aberdeen\, United Kingdom\n\nJoin: https://teams.
 microsoft.com/l/meetup-join/19%3ameeting_ZmQ1MmIx\n\nYou can view this int
 erview in your Workday candidate account.
ORGANIZER;CN=Vattenfall Recruitment:mailto:vattenfall@myworkday.com
ATTENDEE;CN=Fiona Mackenzie;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:fiona.mackenzie.hse@gmail.com
ATTENDEE;CN=Annika Lindqvist;PARTSTAT=ACCEPTED:mailto:annika.lindqvist@vattenfall.com
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="outlook-invite", eol="crlf", uid="040000008200E00074C5B7101A82E00800000000E1F2A3B4C5AFDB01000000000000000010000000D4C3B2A1F0E9D8C7B6A5948372615040",
        is_interview=1, company="Vattenfall", role="HSE Manager (EOWDC)", stage="onsite",
        interviewers="craig.milne@vattenfall.com;lucy.henderson@vattenfall.com", trap="in-person-interview-at-harbour-om-base",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="Milne, Craig":mailto:craig.milne@vattenfall.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=fiona.mackenzie.hse@gmail.com:mailto:fiona.mackenzie.hse@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Henderson, Lucy":mailto:lucy.henderson@vattenfall.com
DESCRIPTION;LANGUAGE=en-GB:Fiona - good to speak. Come down to the O&M bas
 e\, we're the blue building past the Torry Battery turn-off. Park in the v
 isitor bays. Lucy (HR) and I will do the interview\, then I'll take you ro
 und the workshop and the CTV berth if the weather plays ball.\nCraig\n
SUMMARY;LANGUAGE=en-GB:Interview - Fiona Mackenzie - HSE Manager (EOWDC)
DTSTART;TZID=GMT Standard Time:20250417T100000
DTEND;TZID=GMT Standard Time:20250417T120000
UID:040000008200E00074C5B7101A82E00800000000E1F2A3B4C5AFDB01000000000000000010000000D4C3B2A1F0E9D8C7B6A5948372615040
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250403T150041Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Vattenfall O&M base\, Aberdeen Harbour
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="outlook-invite", eol="crlf", uid="040000008200E00074C5B7101A82E008000000005F6E7D8C9B81DB0100000000000000001000000026A8C0E2F4B6D8FA1C3E5072941B3D5F",
        is_interview=1, company="TotalEnergies", role="Responsable HSE Éolien en mer / HSE Manager Offshore Wind", stage="recruiter_screen",
        interviewers="claire.dubois-martin@totalenergies.com", trap="french-entretien-rh-teams-paris",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN=Claire DUBOIS-MARTIN:mailto:claire.dubois-martin@totalenergies.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=fiona.mackenzie.hse@gmail.com:mailto:fiona.mackenzie.hse@gmail.com
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Fiona\,\n\nSuite à votre candidature\, j
 e vous propose un premier entretien RH pour le poste de Responsable HSE Éo
 lien en mer (basé à Aberdeen). L'entretien se déroulera en anglais.\n\nHell
 o Fiona\, following your application I would like to propose a first HR i
 nterview for the HSE Manager Offshore Wind role based in Aberdeen. Paris t
 ime - 14:00 for you.\n\nBien cordialement\,\nClaire Dubois-Martin\nChargée d
 e recrutement - OneTech / Integrated Power\n\n_________________________________
 _______________________________________________\nRéunion Microsoft Teams\nR
 ejoindre : https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2E4YWE0\n
 ID de la réunion : 371 650 228 119  Code secret : p9VxT4\n
SUMMARY;LANGUAGE=fr-FR:Entretien - Fiona Mackenzie - Responsable HSE Éolien en mer (Aberdeen)
DTSTART;TZID=Romance Standard Time:20250219T150000
DTEND;TZID=Romance Standard Time:20250219T154500
UID:040000008200E00074C5B7101A82E008000000005F6E7D8C9B81DB0100000000000000001000000026A8C0E2F4B6D8FA1C3E5072941B3D5F
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250211T102233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="outlook-invite", eol="crlf", uid="040000008200E00074C5B7101A82E00800000000A7B8C9D0E1C3DB01000000000000000010000000F1E2D3C4B5A6978879605A4B3C2D1E0F",
        is_interview=1, company="TotalEnergies", role="HSE Manager Offshore Wind", stage="final",
        interviewers="stuart.reid@totalenergies.com;benoit.lefevre@totalenergies.com", trap="final-interview-altens-with-site-director",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN=Stuart REID;SENT-BY="mailto:morag.leask@totalenergies.com":mailto:stuart.reid@totalenergies.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=fiona.mackenzie.hse@gmail.com:mailto:fiona.mackenzie.hse@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Benoit LEFEVRE:mailto:benoit.lefevre@totalenergies.com
ATTENDEE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Morag LEASK:mailto:morag.leask@totalenergies.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN=ABZ CRAWPEEL - Dee Room (10):mailto:abz.dee@totalenergies.com
DESCRIPTION;LANGUAGE=en-GB:Dear Fiona\,\n\nOn behalf of Stuart Reid (HSE Di
 rector\, Integrated Power UK) and Benoît Lefèvre (Offshore Wind Asset Man
 ager) I'm pleased to invite you to the final interview. Please bring photo
  ID for security at the Crawpeel Road gatehouse.\n\nKind regards\nMorag Le
 ask\nExecutive Assistant to Stuart Reid\n
SUMMARY;LANGUAGE=en-GB:Final interview: Fiona Mackenzie - HSE Manager Offshore Wind
DTSTART;TZID=GMT Standard Time:20250522T133000
DTEND;TZID=GMT Standard Time:20250522T150000
UID:040000008200E00074C5B7101A82E00800000000A7B8C9D0E1C3DB01000000000000000010000000F1E2D3C4B5A6978879605A4B3C2D1E0F
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250512T081917Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:ABZ CRAWPEEL - Dee Room (10)
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="outlook-invite", eol="crlf", uid="040000008200E00074C5B7101A82E0080000000019F8E7D6C5B8DB010000000000000000100000008899AABBCCDDEEFF0011223344556677",
        is_interview=1, company="Flotation Energy", role="HSE Manager (Floating Wind)", stage="recruiter_screen",
        interviewers="jamie.robertson@airswift.com", trap="agency-consultant-screen-client-named-in-body",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN=Jamie Robertson:mailto:jamie.robertson@airswift.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=fiona.mackenzie.hse@gmail.com:mailto:fiona.mackenzie.hse@gmail.com
DESCRIPTION;LANGUAGE=en-GB:Hi Fiona\,\n\nThanks for coming back to me. As p
 romised\, the client is Flotation Energy - HSE Manager for their floating
  projects (Green Volt / Cenos)\, Edinburgh or Aberdeen based with hybrid
  working. I'll run through your experience against their brief\, rotation
  and notice\, and salary expectations before I submit you.\n\nI'll call y
 ou on 07700 900417.\n\nJamie Robertson\nPrincipal Consultant - Renewables\
 nAirswift | Aberdeen\n
SUMMARY;LANGUAGE=en-GB:Fiona Mackenzie / Airswift - HSE Manager call
DTSTART;TZID=GMT Standard Time:20250317T123000
DTEND;TZID=GMT Standard Time:20250317T130000
UID:040000008200E00074C5B7101A82E0080000000019F8E7D6C5B8DB010000000000000000100000008899AABBCCDDEEFF0011223344556677
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250312T170344Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Phone - Jamie to call
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="ats-invite", eol="lf", uid="wkbl-4c19e9d27f0a45b3b6e1-interview@workable.com",
        is_interview=1, company="Flotation Energy", role="HSE Manager (Floating Wind)", stage="hiring_manager",
        interviewers="morag.ferguson@flotationenergy.com", trap="workable-video-interview-after-agency-submission",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:REQUEST
""" + LONDON + r"""BEGIN:VEVENT
UID:wkbl-4c19e9d27f0a45b3b6e1-interview@workable.com
DTSTAMP:20250404T093015Z
DTSTART;TZID=Europe/London:20250416T093000
DTEND;TZID=Europe/London:20250416T103000
SUMMARY:Interview with Flotation Energy - HSE Manager (Floating Wind)
DESCRIPTION:Hi Fiona\,\n\nYou have an upcoming interview for the HSE Manage
 r (Floating Wind) position at Flotation Energy.\n\nInterviewer: Morag Fergu
 son (Head of Project Delivery)\nType: Video call\nJoin: https://us02web.zoo
 m.us/j/84219550317?pwd=Rk1PaW5hZk8\n\nIf you need to reschedule\, please r
 eply to this email.\n\nPowered by Workable
LOCATION:https://us02web.zoom.us/j/84219550317?pwd=Rk1PaW5hZk8
ORGANIZER;CN=Flotation Energy:mailto:notifications@workablemail.com
ATTENDEE;CN=Fiona Mackenzie;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:fiona.mackenzie.hse@gmail.com
ATTENDEE;CN=Morag Ferguson;PARTSTAT=ACCEPTED:mailto:morag.ferguson@flotationenergy.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="gcal-invite", eol="crlf", uid="3h7tq0l9b2c6x1d8n4e5m7k0pa@google.com",
        is_interview=1, company="Cerulean Winds", role="", stage="recruiter_screen",
        interviewers="alasdair@kinlochsearch.co.uk", trap="headhunter-names-employer-only-in-body",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250425T110000Z
DTEND:20250425T114500Z
DTSTAMP:20250417T162001Z
ORGANIZER;CN=Alasdair Kinloch:mailto:alasdair@kinlochsearch.co.uk
UID:3h7tq0l9b2c6x1d8n4e5m7k0pa@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Alasdair Kinloch;X-NUM-GUESTS=0:mailto:alasdair@kinlochsearch.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=fiona.mackenzie.hse@gmail.com;X-NUM-GUESTS=0:mailto:fiona.mackenzie.hse@gmail.com
DESCRIPTION:Fiona - as mentioned on LinkedIn\, in confidence: my client is
  Cerulean Winds. They're building the HSE function for the INTOG projects
  and want someone with hands-on North Sea platform experience\, which is w
 hy I thought of you. This is a proper conversation about your background
  against the brief before I put you forward\, so have your CV to hand.\n\nA
 lasdair\nKinloch Search | Energy & Infrastructure\n07700 900 981
LOCATION:Phone (I'll call your mobile)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Fiona / Alasdair - confidential HSE leadership role
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
]
