"""holdout213 events: federal processes (Public Safety, Transport, PCH, PBO, ISC, ACOA, PacifiCan)."""

from holdout213ev_tz import EST, EST_LONG, HFX, VAN

EVENTS = []

EVENTS.append(dict(
    kind="nsp-interview",
    uid="040000008200E00074C5B7101A82E008000000002E9F7C3D1A6ADC01000000000000000010000000ABCD1234EF56",
    lab=(1, "Public Safety Canada", "Senior Policy Analyst, National Security Policy", "onsite",
         "ryan.kowal@ps-sp.gc.ca;sophie.nadeau@ps-sp.gc.ca",
         "long-windows-tzid-secret-clearance-board"),
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EST_LONG + r"""BEGIN:VEVENT
ORGANIZER;CN="Kowal, Ryan (PS/SP)":mailto:ryan.kowal@ps-sp.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.nata
 rajan.ott@gmail.com:mailto:priya.natarajan.ott@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Nadeau, S
 ophie (PS/SP)":mailto:sophie.nadeau@ps-sp.gc.ca
DESCRIPTION;LANGUAGE=en-CA:Process 25-PS-EA-NSCB-3307 – EC-06\n\nThe posit
 ion requires a Top Secret clearance\; we will begin the process with the
  successful candidate. Interview is in person at 269 Laurier Ave W. (secur
 e floor – no phones past reception\, lockers available).\n\nRyan Kowal\,
  Director\, National Security Policy\n
UID:040000008200E00074C5B7101A82E008000000002E9F7C3D1A6ADC01000000000000000010000000ABCD1234EF56
SUMMARY;LANGUAGE=en-CA:Interview EC-06 NSP – 25-PS-EA-NSCB-3307
DTSTART;TZID="(UTC-05:00) Eastern Time (US & Canada)":20251201T100000
DTEND;TZID="(UTC-05:00) Eastern Time (US & Canada)":20251201T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251121T145512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:269 Laurier Ave W\, 12th floor reception
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="acting-chat",
    uid="040000008200E00074C5B7101A82E00800000000F1D2C3B4A56ADC0100000000000000001000000010293847AB56",
    lab=(1, "Transport Canada", "Senior Policy Analyst", "hiring_manager",
         "alexandre.giroux@tc.gc.ca", "acting-assignment-chat-manager-work-email"),
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EST + r"""BEGIN:VEVENT
ORGANIZER;CN="Giroux, Alexandre":mailto:alexandre.giroux@tc.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Natarajan,
  Priya (ISED/ISDE)":mailto:priya.natarajan@ised-isde.gc.ca
DESCRIPTION;LANGUAGE=en-CA:Hi Priya – got your name from the EC-06 pool ext
 ract. We have a 12-month acting EC-06 Senior Policy Analyst in Air Policy
  (backfilling a mat leave). Could we chat for 30 min so I can get a sense
  of your fit? I'll have a couple of questions about your TB sub experienc
 e. If it works out we'd do it via an assignment agreement with ISED.\n\nAl
 ex Giroux\, Manager\, Air Policy\n\nJoin on Teams: https://teams.microsoft
 .com/l/meetup-join/19%3ameeting_OTk3@thread.v2/0\n
UID:040000008200E00074C5B7101A82E00800000000F1D2C3B4A56ADC0100000000000000001000000010293847AB56
SUMMARY;LANGUAGE=en-CA:Chat – acting EC-06 Air Policy
DTSTART;TZID=Eastern Standard Time:20251203T113000
DTEND;TZID=Eastern Standard Time:20251203T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251126T170902Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="entrevue",
    uid="040000008200E00074C5B7101A82E0080000000089AB67CD456ADC01000000000000000010000000FEDCBA987654",
    lab=(1, "Canadian Heritage", "Analyste principale des politiques", "onsite",
         "catherine.lemieux@pch.gc.ca;olivier.begin@pch.gc.ca",
         "all-french-gc-entrevue-gatineau"),
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EST + r"""BEGIN:VEVENT
ORGANIZER;CN="Dotation PCH / PCH Staffing":mailto:pch.dotation-staffing.pch@pch.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.nata
 rajan.ott@gmail.com:mailto:priya.natarajan.ott@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lemieux\,
  Catherine (PCH)":mailto:catherine.lemieux@pch.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bégin\,
  Olivier (PCH)":mailto:olivier.begin@pch.gc.ca
DESCRIPTION;LANGUAGE=fr-CA:Madame Natarajan\,\n\nNous vous convoquons à une
  entrevue dans le cadre du processus 25-PCH-EA-CUL-88104 – Analyste princi
 pale des politiques (EC-06)\, Direction générale de la radiodiffusion\, du
  droit d'auteur et du marketing numérique.\n\nL'entrevue aura lieu au 15\
 , rue Eddy\, Gatineau\, 12e étage. Le comité d'évaluation est composé de
  Catherine Lemieux et d'Olivier Bégin. Vous disposerez de 15 minutes de pr
 éparation.\n\nVeuillez apporter une pièce d'identité avec photo.\n\nL'équi
 pe de dotation\n
UID:040000008200E00074C5B7101A82E0080000000089AB67CD456ADC01000000000000000010000000FEDCBA987654
SUMMARY;LANGUAGE=fr-CA:Entrevue – 25-PCH-EA-CUL-88104
DTSTART;TZID=Eastern Standard Time:20251027T130000
DTEND;TZID=Eastern Standard Time:20251027T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251015T124418Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:15\, rue Eddy\, Gatineau – 12e étage
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="fiscal-exercise",
    uid="pbo-dpb-2025-rec-0912-natarajan@parl.gc.ca",
    lab=(1, "Office of the Parliamentary Budget Officer", "Senior Analyst, Economic and Fiscal Analysis",
         "technical", "trevor.halloran@parl.gc.ca;anne-sophie.vachon@parl.gc.ca",
         "costing-exercise-plus-questions-technical"),
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EST + r"""BEGIN:VEVENT
ORGANIZER;CN="PBO Recruitment / Recrutement DPB":mailto:pbo-dpb.recruitment@parl.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.nata
 rajan.ott@gmail.com:mailto:priya.natarajan.ott@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Halloran\, Tr
 evor":mailto:trevor.halloran@parl.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Vachon\, Anne
 -Sophie":mailto:anne-sophie.vachon@parl.gc.ca
DESCRIPTION;LANGUAGE=en-CA:Senior Analyst\, Economic and Fiscal Analysis –
  second stage.\n\nPart 1 (45 min): you will receive a short costing exerc
 ise (an Excel file and a 2-page policy description) at the start of the c
 all. Part 2 (45 min): walk Trevor and Anne-Sophie through your estimate\,
  assumptions and uncertainty\, followed by technical questions.\n\nThe Of
 fice of the PBO is part of the Library of Parliament for administrative p
 urposes – this is not a Public Service Employment Act process.\n\nJoin Web
 ex: https://parl.webex.com/meet/pbo.recruitment  | Access code 2630 441 9
 208\n
UID:pbo-dpb-2025-rec-0912-natarajan@parl.gc.ca
SUMMARY;LANGUAGE=en-CA:PBO – Costing exercise & discussion (Senior Analyst)
DTSTART;TZID=Eastern Standard Time:20251120T130000
DTEND;TZID=Eastern Standard Time:20251120T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251112T133300Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:Webex
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="board-elder",
    uid="040000008200E00074C5B7101A82E00800000000CDEF0123A76ADC0100000000000000001000000056781234ABCD",
    lab=(1, "Indigenous Services Canada", "Senior Policy Analyst", "onsite",
         "jason.bearheart@sac-isc.gc.ca;melissa.cardinal@sac-isc.gc.ca",
         "board-with-elder-opening-elder-not-assessor"),
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EST + r"""BEGIN:VEVENT
ORGANIZER;CN="Cardinal, Melissa (SAC/ISC)":mailto:melissa.cardinal@sac-isc.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.nata
 rajan.ott@gmail.com:mailto:priya.natarajan.ott@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Bearheart, Ja
 son (SAC/ISC)":mailto:jason.bearheart@sac-isc.gc.ca
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Elder Rose Mas
 kwa:mailto:rose.maskwa@outlook.com
DESCRIPTION;LANGUAGE=en-CA:Good afternoon Priya\,\n\nYou are invited to an
  interview for the EC-06 Senior Policy Analyst position\, Education Bran
 ch (25-ISC-EA-EDU-6610). Elder Rose Maskwa will open the session with a
  few words\; she does not take part in the assessment. The assessment boa
 rd is Jason Bearheart (Director) and myself.\n\nGoTo Meeting\nhttps://meet
 .goto.com/418209337\nYou can also dial in using your phone.\nCanada: +1 (6
 47) 497-9373\nAccess Code: 418-209-337\n
UID:040000008200E00074C5B7101A82E00800000000CDEF0123A76ADC0100000000000000001000000056781234ABCD
SUMMARY;LANGUAGE=en-CA:Interview – EC-06 Senior Policy Analyst (Education)
DTSTART;TZID=Eastern Standard Time:20251015T133000
DTEND;TZID=Eastern Standard Time:20251015T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251003T184020Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:GoTo Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="moncton-virtual",
    uid="3c1e9b0f-acoa-4d77-9c6e-1b8f0a2d5e44",
    lab=(1, "Atlantic Canada Opportunities Agency", "Senior Policy Analyst", "onsite",
         "colin.macneil@acoa-apeca.gc.ca;josee.leblanc@acoa-apeca.gc.ca",
         "halifax-timezone-atlantic-agency-board"),
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + HFX + r"""BEGIN:VEVENT
DTSTART;TZID=America/Halifax:20251106T130000
DTEND;TZID=America/Halifax:20251106T140000
DTSTAMP:20251029T121501Z
ORGANIZER;CN=colin.macneil@acoa-apeca.gc.ca:mailto:colin.macneil@acoa-apeca.gc.ca
UID:3c1e9b0f-acoa-4d77-9c6e-1b8f0a2d5e44
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=priya.natarajan.ott@gmail.com;X-NUM-GUESTS=0:mailto:priya.natarajan
 .ott@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Josée LeBlanc;X-NUM-GUESTS=0:mailto:josee.leblanc@acoa-apeca.gc.ca
DESCRIPTION:ACOA Policy & Programs – EC-06 Senior Policy Analyst (remote fro
 m Ottawa possible\, occasional travel to Moncton). Board: Colin MacNeil (D
 irector) and Josée LeBlanc. NB time is Atlantic – 1:00 p.m. AST = noon in
  Ottawa.\n\nJoin with Teams: https://teams.microsoft.com/l/meetup-join/19%
 3ameeting_QUNPQQ@thread.v2/0\nOr call in: +1 506-800-2214\,\,771930442#
CREATED:20251029T121458Z
LAST-MODIFIED:20251029T121501Z
LOCATION:Teams
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview: EC-06 Sr Policy Analyst – Priya Natarajan
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="remote-panel",
    uid="AAMkAGQ5ZjE3pacifican0YzYtNDQyNi1hZGQ4LTIwMjUxMTE4",
    lab=(1, "Pacific Economic Development Canada", "Senior Policy Analyst", "onsite",
         "wendy.cheung@pacifican.gc.ca;raj.sandhu@pacifican.gc.ca",
         "vancouver-timezone-morning-panel"),
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + VAN + r"""BEGIN:VEVENT
ORGANIZER;CN="Cheung, Wendy (PacifiCan)":mailto:wendy.cheung@pacifican.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.nata
 rajan.ott@gmail.com:mailto:priya.natarajan.ott@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sandhu, R
 aj (PacifiCan)":mailto:raj.sandhu@pacifican.gc.ca
DESCRIPTION;LANGUAGE=en-CA:Hi Priya\, thanks for your flexibility with the
  time difference. 8:30 Pacific / 11:30 Eastern. Wendy Cheung (Director\, P
 olicy) and Raj Sandhu will be on the panel for the EC-06 (remote-eligible
  within Canada) position.\n\nMicrosoft Teams meeting\nMeeting ID: 275 660 1
 38 221  Passcode: Pc9xA2\n
UID:AAMkAGQ5ZjE3pacifican0YzYtNDQyNi1hZGQ4LTIwMjUxMTE4
SUMMARY;LANGUAGE=en-CA:Panel interview – Sr Policy Analyst (EC-06)
DTSTART;TZID=America/Vancouver:20251118T083000
DTEND;TZID=America/Vancouver:20251118T093000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251110T231845Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""))
