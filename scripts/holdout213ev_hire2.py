"""holdout213 negatives: Priya on the hiring side at ISED (part 2)."""

from holdout213ev_tz import EST

EVENTS = []

EVENTS.append(dict(
    kind="examen-oral",
    uid="040000008200E00074C5B7101A82E00800000000ISEDEC03FR11DC0100000000000000001000000011FF22EE33DD",
    lab=(0, "", "", "", "", "user-as-interviewer-french-candidate-slot-board-member"),
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EST + r"""BEGIN:VEVENT
ORGANIZER;CN="Dupuis, Annie (ISED/ISDE)":mailto:annie.dupuis@ised-isde.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Hamelin, Stép
 hane (ISED/ISDE)":mailto:stephane.hamelin@ised-isde.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Natarajan,
  Priya (ISED/ISDE)":mailto:priya.natarajan@ised-isde.gc.ca
DESCRIPTION;LANGUAGE=fr-CA:Candidat C-22 a choisi le français. Comité : St
 éphane (président) et Priya. Rappel : 15 minutes de préparation pour le
  candidat dans la salle 1041 avant l'entrevue. Grille de cotation FR dans
  GCdocs.\n
UID:040000008200E00074C5B7101A82E00800000000ISEDEC03FR11DC0100000000000000001000000011FF22EE33DD
SUMMARY;LANGUAGE=fr-CA:Entrevue C-22 (FR) – processus 25-ISED-EA-SPS-204118
DTSTART;TZID=Eastern Standard Time:20251022T100000
DTEND;TZID=Eastern Standard Time:20251022T113000
DTSTAMP:20251014T141015Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:235 Queen – salle 1043
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="right-fit",
    uid="040000008200E00074C5B7101A82E00800000000ISEDEC03RFT1DC01000000000000000010000000ABCDEFABCDEF",
    lab=(0, "", "", "", "", "user-as-interviewer-right-fit-selection-decision"),
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EST + r"""BEGIN:VEVENT
ORGANIZER;CN="Ouellet, Brigitte (ISED/ISDE)":mailto:brigitte.ouellet@ised-isde.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Hamelin, Stép
 hane (ISED/ISDE)":mailto:stephane.hamelin@ised-isde.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Natarajan,
  Priya (ISED/ISDE)":mailto:priya.natarajan@ised-isde.gc.ca
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Dupuis, Annie
  (ISED/ISDE)":mailto:annie.dupuis@ised-isde.gc.ca
DESCRIPTION;LANGUAGE=en-CA:Right fit discussion for the 2 indeterminate EC
 -03 positions + pool. Org needs: bilingual imperative for one position\,
  EE considerations\, current and future needs (AI and data files). Brigitt
 e signs the selection rationale.\n
UID:040000008200E00074C5B7101A82E00800000000ISEDEC03RFT1DC01000000000000000010000000ABCDEFABCDEF
SUMMARY;LANGUAGE=en-CA:Right fit / selection decision – EC-03 (SPS)
DTSTART;TZID=Eastern Standard Time:20251113T150000
DTEND;TZID=Eastern Standard Time:20251113T160000
DTSTAMP:20251107T172200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="narratives",
    uid="040000008200E00074C5B7101A82E00800000000ISEDEC03NAR1DC01000000000000000010000000F1E2D3C4B5A6",
    lab=(0, "", "", "", "", "user-as-interviewer-narrative-assessments-focus-block"),
    ics=r"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EST + r"""BEGIN:VEVENT
ORGANIZER;CN="Natarajan, Priya (ISED/ISDE)":mailto:priya.natarajan@ised-isde.gc.ca
DESCRIPTION;LANGUAGE=en-CA:Draft narratives for C-03\, C-07\, C-12 (my shar
 e). Evidence per criterion\, quote the candidate where possible. Due to A
 nnie Friday.\n
UID:040000008200E00074C5B7101A82E00800000000ISEDEC03NAR1DC01000000000000000010000000F1E2D3C4B5A6
SUMMARY;LANGUAGE=en-CA:FOCUS – EC-03 narratives (do not book)
DTSTART;TZID=Eastern Standard Time:20251029T090000
DTEND;TZID=Eastern Standard Time:20251029T120000
DTSTAMP:20251027T210032Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:OOF
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="informal-discussion",
    uid="040000008200E00074C5B7101A82E00800000000ISEDEC03INF1DC010000000000000000100000001029384756AF",
    lab=(0, "", "", "", "", "user-as-interviewer-informal-discussion-unsuccessful-candidate"),
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EST + r"""BEGIN:VEVENT
ORGANIZER;CN="Dupuis, Annie (ISED/ISDE)":mailto:annie.dupuis@ised-isde.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Natarajan,
  Priya (ISED/ISDE)":mailto:priya.natarajan@ised-isde.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Sébastien Gir
 ard:mailto:seb.girard.88@gmail.com
DESCRIPTION;LANGUAGE=en-CA:Informal discussion requested by candidate C-1
 4 following the notification of elimination (Initiative). Priya to expla
 in the board's rating. This is not a reassessment\; if new information s
 hows an error\, the board may correct it.\n
UID:040000008200E00074C5B7101A82E00800000000ISEDEC03INF1DC010000000000000000100000001029384756AF
SUMMARY;LANGUAGE=en-CA:Informal discussion – C-14 (EC-03 process)
DTSTART;TZID=Eastern Standard Time:20251118T110000
DTEND;TZID=Eastern Standard Time:20251118T113000
DTSTAMP:20251112T130501Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="fswep-student",
    uid="040000008200E00074C5B7101A82E00800000000ISEDFSWEP01DC01000000000000000010000000BEEF0000CAFE",
    lab=(0, "", "", "", "", "user-as-interviewer-fswep-student-interview-she-runs"),
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EST + r"""BEGIN:VEVENT
ORGANIZER;CN="Natarajan, Priya (ISED/ISDE)":mailto:priya.natarajan@ised-isde.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=amir.hosse
 ini@carleton.ca:mailto:amir.hosseini@carleton.ca
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lam, Jess
 ica (ISED/ISDE)":mailto:jessica.lam@ised-isde.gc.ca
DESCRIPTION;LANGUAGE=en-CA:Hi Amir\,\n\nThanks for your interest in a FSWEP
  student position with the Strategic Policy Sector at ISED. Jessica Lam a
 nd I will meet with you for 30 minutes – a few questions about your cour
 sework and a short research task you did. No preparation needed.\n\nPriya
  Natarajan\nPolicy Analyst | Analyste des politiques\nInnovation\, Scienc
 e and Economic Development Canada\n\nMicrosoft Teams meeting\nMeeting ID:
  232 904 117 553  Passcode: St7pQ2\n
UID:040000008200E00074C5B7101A82E00800000000ISEDFSWEP01DC01000000000000000010000000BEEF0000CAFE
SUMMARY;LANGUAGE=en-CA:Interview – FSWEP student (SPS) – Amir Hosseini
DTSTART;TZID=Eastern Standard Time:20251126T100000
DTEND;TZID=Eastern Standard Time:20251126T103000
DTSTAMP:20251119T154433Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="ec05-panel",
    uid="040000008200E00074C5B7101A82E00800000000ISEDEC05PNL1DC0100000000000000001000000055AA66BB77CC",
    lab=(0, "", "", "", "", "user-as-interviewer-panelist-sent-by-assistant-candidate-named"),
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EST + r"""BEGIN:VEVENT
ORGANIZER;CN="Ouellet, Brigitte (ISED/ISDE)";SENT-BY="mailto:lucie.charbonn
 eau@ised-isde.gc.ca":mailto:brigitte.ouellet@ised-isde.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Natarajan,
  Priya (ISED/ISDE)":mailto:priya.natarajan@ised-isde.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Chen, Laura
 ":mailto:laura.chen@tc.gc.ca
DESCRIPTION;LANGUAGE=en-CA:Brigitte has asked Priya to sit on the panel for
  the EC-05 assignment opportunity (Laura Chen\, Transport Canada). Laura's
  CV attached. Please review the 3 questions in the attached doc.\n\nLucie C
 harbonneau\, Administrative Assistant to the Director\n
UID:040000008200E00074C5B7101A82E00800000000ISEDEC05PNL1DC0100000000000000001000000055AA66BB77CC
SUMMARY;LANGUAGE=en-CA:Assignment EC-05 – Laura Chen (TC) – chat w/ Brigitte & Priya
DTSTART;TZID=Eastern Standard Time:20251204T140000
DTEND;TZID=Eastern Standard Time:20251204T144500
DTSTAMP:20251128T192104Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="board-training",
    uid="csps-learn-G402-2025-10-09-natarajan@csps-efpc.gc.ca",
    lab=(0, "", "", "", "", "user-as-interviewer-board-member-bias-training"),
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EST + r"""BEGIN:VEVENT
ORGANIZER;CN="CSPS Registration / Inscription EFPC":mailto:csps.registration-inscription.efpc@csps-efpc.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Natarajan,
  Priya (ISED/ISDE)":mailto:priya.natarajan@ised-isde.gc.ca
DESCRIPTION;LANGUAGE=en-CA:Course: Inclusive Hiring for Assessment Board Me
 mbers (G402) – virtual classroom. Required by your sector before sitting
  on a selection board. Topics: unconscious bias in interviews\, consisten
 t rating\, accommodations.\n
UID:csps-learn-G402-2025-10-09-natarajan@csps-efpc.gc.ca
SUMMARY;LANGUAGE=en-CA:G402 – Inclusive Hiring for Assessment Board Members
DTSTART;TZID=Eastern Standard Time:20251009T090000
DTEND;TZID=Eastern Standard Time:20251009T120000
DTSTAMP:20250925T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:Virtual classroom (Zoom for Government)
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="invigilation",
    uid="040000008200E00074C5B7101A82E00800000000ISEDEC03INV1DC01000000000000000010000000AAAA0000BBBB",
    lab=(0, "", "", "", "", "user-as-interviewer-invigilating-written-exam-rooms"),
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EST + r"""BEGIN:VEVENT
ORGANIZER;CN="Dupuis, Annie (ISED/ISDE)":mailto:annie.dupuis@ised-isde.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Natarajan,
  Priya (ISED/ISDE)":mailto:priya.natarajan@ised-isde.gc.ca
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="ISED-235QW-02-Traini
 ng Room A (30)":mailto:ised-235qw-02-tra@ised-isde.gc.ca
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="ISED-235QW-02-Traini
 ng Room B (30)":mailto:ised-235qw-02-trb@ised-isde.gc.ca
DESCRIPTION;LANGUAGE=en-CA:Supervised written exam for the EC-03 process –
  38 candidates in two rooms. Priya supervises Room B. Candidates arrive 8:
 30\; check ID against the list\, collect phones\, exam starts 9:00 sharp.
  Extra 30 min for 2 candidates with accommodation.\n
UID:040000008200E00074C5B7101A82E00800000000ISEDEC03INV1DC01000000000000000010000000AAAA0000BBBB
SUMMARY;LANGUAGE=en-CA:EC-03 written exam – supervision
DTSTART;TZID=Eastern Standard Time:20250926T081500
DTEND;TZID=Eastern Standard Time:20250926T123000
DTSTAMP:20250917T133337Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:235 Queen – 2nd floor training rooms A/B
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="interchange-meet",
    uid="6d0qk1c9v7h2ar5m8b3e4t0nso@google.com",
    lab=(0, "", "", "", "", "user-as-interviewer-interchange-candidate-coffee-she-assesses"),
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251205T153000Z
DTEND:20251205T161500Z
DTSTAMP:20251201T231800Z
ORGANIZER;CN=Farid Benali:mailto:farid.benali@mila.quebec
UID:6d0qk1c9v7h2ar5m8b3e4t0nso@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=priya.natarajan@ised-isde.gc.ca;X-NUM-GUESTS=0:mailto:priya.natara
 jan@ised-isde.gc.ca
DESCRIPTION:Hi Priya\, great to connect re: the Interchange Canada assignme
 nt on your team (AI compute file). Happy to answer any questions you hav
 e about my background before you decide. Coffee at the Bridgehead on Spar
 ks?\n\nFarid
LOCATION:Bridgehead\, 282 Elgin St\, Ottawa
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Coffee – Farid / Priya (Interchange assignment)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="hr-next-steps",
    uid="040000008200E00074C5B7101A82E00800000000ISEDEC03HRD1DC0100000000000000001000000099887766ABCD",
    lab=(0, "", "", "", "", "user-as-interviewer-hr-debrief-offer-conditions-for-candidates"),
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EST + r"""BEGIN:VEVENT
ORGANIZER;CN="Dupuis, Annie (ISED/ISDE)":mailto:annie.dupuis@ised-isde.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Natarajan,
  Priya (ISED/ISDE)":mailto:priya.natarajan@ised-isde.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Hamelin,
  Stéphane (ISED/ISDE)":mailto:stephane.hamelin@ised-isde.gc.ca
DESCRIPTION;LANGUAGE=en-CA:Next steps for C-03 and C-19: conditions of empl
 oyment (reliability\, SLE results – C-19 still needs oral)\, letters of o
 ffer\, notifications of appointment. Also pool creation for the remaining
  qualified candidates.\n
UID:040000008200E00074C5B7101A82E00800000000ISEDEC03HRD1DC0100000000000000001000000099887766ABCD
SUMMARY;LANGUAGE=en-CA:EC-03 – debrief with HR / next steps (LOO\, NOIA)
DTSTART;TZID=Eastern Standard Time:20251120T100000
DTEND;TZID=Eastern Standard Time:20251120T103000
DTSTAMP:20251117T163001Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
"""))
