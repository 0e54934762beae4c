"""holdout185 events: group-leader searches and German / EMBL interviews (Léa Morel as the candidate)."""

from holdout185ev_tz import BERLIN, ev

EVENTS = [
    ev("mpicbg-symposium", "mpi-cbg-rgl-symposium-2025-lmorel@mpi-cbg.de", 1, "MPI-CBG",
       "", "onsite", "", "all-day-recruitment-symposium-two-days-berlin",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:mpi-cbg-rgl-symposium-2025-lmorel@mpi-cbg.de
DTSTAMP:20250124T150944Z
DTSTART;VALUE=DATE:20250312
DTEND;VALUE=DATE:20250314
SUMMARY:MPI-CBG Group Leader Recruitment Symposium (shortlisted candidates)
LOCATION:Max Planck Institute of Molecular Cell Biology and Genetics\, Pfotenhauerstr. 108\, Dresden
ORGANIZER;CN=MPI-CBG Faculty Search:mailto:facultysearch@mpi-cbg.de
ATTENDEE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;CN=Lea Morel:mailto:lea.morel.bio@protonmail.com
DESCRIPTION:Dear Lea\,\n\nwe look forward to welcoming you in Dresden. Day 1: candidate talks (30 min
  + 15 min questions)\, poster-free lunch with PhD students and postdocs\, evening dinner with the
  directors. Day 2: individual meetings with group leaders and the search committee\, facility tours
  (light microscopy\, protein expression\, mass spec).\n\nTravel: please book via our travel agent (see
  attached form). Hotel Bülow Residenz is reserved for 11-13 March.\n\nBest\,\nFaculty Search Office
TRANSP:TRANSPARENT
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("freiburg-anhoerung", "ufr-biologie-w1tt-molmed-anhoerung-2025-2@uni-freiburg.de", 1,
       "University of Freiburg", "W1 TT Molekulare Medizin", "", "",
       "german-webex-anhoerung-berlin-tz-secretariat-organizer",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//DE
VERSION:2.0
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
UID:ufr-biologie-w1tt-molmed-anhoerung-2025-2@uni-freiburg.de
DTSTAMP:20250402T091002Z
DTSTART;TZID=Europe/Berlin:20250429T090000
DTEND;TZID=Europe/Berlin:20250429T100000
SUMMARY:Anhörung W1 TT Molekulare Medizin (online) – Kandidatin Dr. Morel
ORGANIZER;CN=Dekanat Medizinische Fakultät - Berufungsangelegenheiten:mailto:berufungen@uniklinik-freiburg.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Léa Morel:mailto:lea.morel.bio@protonmail.com
LOCATION:Webex
DESCRIPTION:Sehr geehrte Frau Dr. Morel\,\n\nzur Anhörung im Berufungsverfahren (Kennziffer 00004711)
  laden wir Sie herzlich ein. Vortrag: 20 Minuten\, Aussprache: 25 Minuten\, Lehrkonzept: 10 Minuten.\n
 \nWebex-Meeting: https://uni-freiburg.webex.com/meet/berufungen.medfak\nZugriffscode: 2734 002 981\n\nM
 it freundlichen Grüßen\nIhr Berufungsteam
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ev("embl-first-round", "7jg2a1p3o0v9d8s7n6m5b4c3x2@google.com", 1, "EMBL",
       "Group Leader", "", "r.castellano@embl.de;ines.vogt@embl.de",
       "google-zoom-first-round-two-unit-heads",
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20250114T150000
DTEND;TZID=Europe/Berlin:20250114T154500
DTSTAMP:20250107T131844Z
ORGANIZER;CN=Talent Acquisition EMBL:mailto:recruitment@embl.de
UID:7jg2a1p3o0v9d8s7n6m5b4c3x2@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Rafael Castellano;
 X-NUM-GUESTS=0:mailto:R.Castellano@embl.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ines Vogt;X-NUM-GUESTS=0:mailto:
 ines.vogt@embl.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lea.morel.bio@proton
 mail.com;X-NUM-GUESTS=0:mailto:lea.morel.bio@protonmail.com
DESCRIPTION:Dear Léa\,\n\nAs discussed\, this is your first-round interview for the Group Leader positio
 n in the Cell Biology and Biophysics Unit (ref. HD_02197). You will meet Rafael Castellano (Head of Uni
 t) and Ines Vogt (Senior Scientist). Please prepare a 15-min overview of your proposed research.\n\nJoin
  Zoom Meeting\nhttps://embl-org.zoom.us/j/93312004718?pwd=ZW1ibGNiYjIwMjU\n\nAll the best\,\nTalent Acqu
 isition team\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nInvitation f
 rom Google Calendar: https://calendar.google.com/calendar/\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~::~:~::-
LOCATION:https://embl-org.zoom.us/j/93312004718?pwd=ZW1ibGNiYjIwMjU
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:EMBL Group Leader CBB – interview Léa Morel
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("embl-onsite", "0c4e6b2a-93d1-4a7e-b5f8-2d1e0a9c7b35@embl.de", 1, "EMBL",
       "Group Leader", "onsite", "r.castellano@embl.de",
       "embl-interview-days-seminar-and-faculty-meetings",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook for Mac 16.89//EN
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
UID:0c4e6b2a-93d1-4a7e-b5f8-2d1e0a9c7b35@embl.de
DTSTAMP:20250210T084011Z
DTSTART;TZID=Europe/Berlin:20250224T083000
DTEND;TZID=Europe/Berlin:20250225T160000
SUMMARY:EMBL interview visit (CBB Group Leader) – L. Morel
ORGANIZER;CN="Castellano, Rafael":mailto:R.Castellano@embl.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Léa Morel:mailto:lea.morel.bio@protonmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;CN=CBB faculty:mailto:cbb-faculty@embl.de
LOCATION:EMBL Heidelberg\, Meyerhofstraße 1 – ATC Operon
DESCRIPTION:Mon 24 Feb: 09:00 open seminar (Operon)\, 10:30-17:00 one-on-ones with faculty (schedule
  attached)\, 19:00 dinner.\nTue 25 Feb: 09:00 meeting with the Director General's office\, 10:00 closed
  session with the search committee\, 13:00 lunch with predocs\, 14:30 core facilities.\n\nRafael
SEQUENCE:1
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
]
