"""holdout153: Basel-area pharma and biotech (hand-written raw iCalendar text)."""

from holdout153ev_base import no, yes

EVENTS = [
    dict(kind="teams-call", ics=r"""
BEGIN:VCALENDAR
PRODID:-//Workday//Workday Calendar//EN
VERSION:2.0
METHOD:REQUEST
@TZ:ZURICH@
BEGIN:VEVENT
UID:wd-roche-int-7f3a91c2-2b4e-4d21-9a7e-0c55d1e8a613@myworkday.com
DTSTAMP:20251007T091522Z
DTSTART;TZID=Europe/Zurich:20251014T100000
DTEND;TZID=Europe/Zurich:20251014T103000
SUMMARY:Interview: Senior Scientist\, Structural Biology (Cryo-EM) - 202508-1
 19734 - Hannah Weiss
DESCRIPTION:Dear Hannah\,\n\nThank you for your interest in Roche. As discuss
 ed\, please find below the details for your first conversation with our Tal
 ent Acquisition Partner.\n\nPosition: Senior Scientist\, Structural Biology
  (Cryo-EM) - Pharma Research and Early Development (pRED)\, Basel\nRequisit
 ion: 202508-119734\nInterviewer: Nadine Frei\, Talent Acquisition Partner\n
 Duration: 30 minutes\n\nMicrosoft Teams meeting\nJoin on your computer\, mo
 bile app or room device\nhttps://teams.microsoft.com/l/meetup-join/19%3amee
 ting_ZGQ4NmE1\nMeeting ID: 348 211 905 774\nPasscode: qH7r2T\n\nKind regard
 s\nRoche Talent Acquisition
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN=Nadine Frei:mailto:nadine.frei@roche.com
ATTENDEE;CN=Hannah Weiss;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE
 :mailto:hannah.weiss.bio@posteo.de
ATTENDEE;CN=Nadine Frei;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:nadine
 .frei@roche.com
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", label=yes("wd-roche-int-7f3a91c2-2b4e-4d21-9a7e-0c55d1e8a613@myworkday.com", "Roche",
               "Senior Scientist, Structural Biology (Cryo-EM)", "recruiter_screen",
               "nadine.frei@roche.com", "workday-teams-ta-screen")),

    dict(kind="outlook-invite", ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ:MS_WEUROPE@
BEGIN:VEVENT
ORGANIZER;CN="Brunner, Tobias {DXBX~Basel}":mailto:tobias.brunner@roche.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=hannah.weiss
 .bio@posteo.de:mailto:hannah.weiss.bio@posteo.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Frei, Nadin
 e {HR~Basel}":mailto:nadine.frei@roche.com
DESCRIPTION;LANGUAGE=en-US:Hi Hannah\,\n\nas agreed with Nadine\, here is th
 e slot for our conversation. I lead the cryo-EM unit in Lead Discovery and
  would like to hear about your work on the ABC transporter complexes and w
 alk you through how the team is set up. No presentation needed this time.\n
 \nBest\,\nTobias\n\n______________________________________________________
 __________________________\nMicrosoft Teams meeting\nJoin on your computer
 \, mobile app or room device\nClick here to join the meeting<https://teams.
 microsoft.com/l/meetup-join/19%3ameeting_YjE3NTlk>\nMeeting ID: 371 884 02
 9 113\nPasscode: 8XwZpe\n+41 44 560 18 77\,\,608125044# Switzerland\, Zuri
 ch\nPhone Conference ID: 608 125 044#\n_____________________________________
 ___________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000A0E4F3F1C43CDC01000000000000000
 010000000C2F1D74B9E0C6D4A8A31B0E8A3F6D7C1
SUMMARY;LANGUAGE=en-US:Hannah Weiss / Tobias Brunner - Senior Scientist Cryo
 -EM
DTSTART;TZID=W. Europe Standard Time:20251104T140000
DTEND;TZID=W. Europe Standard Time:20251104T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251028T161204Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""", label=yes("040000008200E00074C5B7101A82E00800000000A0E4F3F1C43CDC0100000000000000001000"
               "0000C2F1D74B9E0C6D4A8A31B0E8A3F6D7C1", "Roche", "Senior Scientist Cryo-EM",
               "hiring_manager", "tobias.brunner@roche.com", "outlook-name-slash-name-hiring-manager")),

    dict(kind="onsite-day", ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@TZ:ZURICH@
BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20251127T084500
DTEND;TZID=Europe/Zurich:20251127T163000
DTSTAMP:20251112T100337Z
ORGANIZER;CN=Sabine Gerber:mailto:sabine.gerber@roche.com
UID:5p1kq8e0v3b6r2m9t4c7d0f1aa@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=hannah.weiss.bio@posteo.de;X-NUM-GUESTS=0:mailto:hannah.weiss.bio@p
 osteo.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Sabine Gerber;X-NUM-GUESTS=0:mailto:sabine.gerber@roche.com
DESCRIPTION:Dear Hannah\,\n\nwe are looking forward to welcoming you in Base
 l. Please find the agenda for your on-site visit below. Please report to the
  reception of Building 1 (Grenzacherstrasse 124) at 08:45 with an ID docume
 nt.\n\n09:00–10:00  Scientific seminar (45 min + Q&A)\, Bldg 92 auditorium\n
 10:15–10:45  Tobias Brunner (Head Cryo-EM)\n10:45–11:15  Dr. Marta Ruiz (Pr
 otein Sciences)\n11:15–11:45  Dr. Jakob Imhof (Medicinal Chemistry)\n12:00–
 13:00  Lunch with the team\n13:00–13:30  Dr. Claire Dubois (Section Head\, L
 ead Discovery)\n13:30–14:00  Lab tour\n14:15–14:45  Nadine Frei (Talent Acq
 uisition) – wrap-up\n\nTravel expenses will be reimbursed via Concur\; plea
 se keep all receipts.\n\nBest regards\,\nSabine Gerber\nAssistant to Dr. Cl
 aire Dubois
LOCATION:Roche Basel\, Grenzacherstrasse 124\, 4058 Basel\, Schweiz
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:On-site visit Roche Basel – Hannah Weiss (Senior Scientist Cryo-EM)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", label=yes("5p1kq8e0v3b6r2m9t4c7d0f1aa@google.com", "Roche", "Senior Scientist Cryo-EM", "onsite",
               "Tobias Brunner;Dr. Marta Ruiz;Dr. Jakob Imhof;Dr. Claire Dubois;Nadine Frei",
               "onsite-agenda-sent-by-assistant")),

    dict(kind="entry", lf=True, ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251113T202211Z
DTEND;VALUE=DATE:20251128
DTSTAMP:20251113T202219Z
DTSTART;VALUE=DATE:20251126
LAST-MODIFIED:20251113T202219Z
SEQUENCE:0
SUMMARY:Basel 🚆 (Hotel Bildungszentrum 21)
UID:7C1E4A2D-93B1-4F6E-8E0A-3D2B5C9F1A77
DESCRIPTION:ICE 9:12 HD -> Basel SBB umst. Mannheim\nRückfahrt 27.11. 17:4
 3\nBuchungsnr. 8KX2QF\nKita: Markus holt Emil beide Tage
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""", label=no("7C1E4A2D-93B1-4F6E-8E0A-3D2B5C9F1A77", "travel-block-around-onsite")),

    dict(kind="outlook-invite", ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ:MS_WEUROPE@
BEGIN:VEVENT
ORGANIZER;CN="Keller, Andrea":mailto:andrea.keller@novartis.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hannah Weis
 s:mailto:hannah.weiss.bio@posteo.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Meier, Luk
 as":mailto:lukas.meier@novartis.com
DESCRIPTION;LANGUAGE=de-CH:Liebe Frau Weiss\n\nIm Auftrag von Dr. Lukas Meie
 r sende ich Ihnen die Einladung für das Gespräch zur Position «Principal Sc
 ientist\, Protein Sciences & Structural Biology» (REQ-10061842).\n\nDas Ges
 präch findet per Microsoft Teams statt und dauert ca. 60 Minuten. Dr. Meier
  bittet Sie\, 2–3 Folien zu Ihrem wichtigsten Projekt vorzubereiten.\n\nFre
 undliche Grüsse\nAndrea Keller\nTeam Assistant\, Discovery Sciences\n\n____
 ____________________________________________________________________________
 \nMicrosoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/
 19%3ameeting_NzQ0ZjYx\nMeeting ID: 312 550 441 908   Passcode: Lb3Q9n\n____
 ____________________________________________________________________________
UID:040000008200E00074C5B7101A82E008000000000F2C8A6B9A43DC010000000000000000
 1000000088D2E1C0A77F1B4B9C35FE4A0B8D02E6
SUMMARY;LANGUAGE=de-CH:Gespräch Dr. Lukas Meier / Hannah Weiss – Principal S
 cientist PS&SB
DTSTART;TZID=W. Europe Standard Time:20251021T160000
DTEND;TZID=W. Europe Standard Time:20251021T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251015T074418Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""", label=yes("040000008200E00074C5B7101A82E008000000000F2C8A6B9A43DC0100000000000000001000"
               "000088D2E1C0A77F1B4B9C35FE4A0B8D02E6", "Novartis",
               "Principal Scientist, Protein Sciences & Structural Biology", "hiring_manager",
               "lukas.meier@novartis.com", "swiss-german-gespraech-assistant-organizer")),

    dict(kind="panel-day", ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ:MS_WEUROPE@
BEGIN:VEVENT
ORGANIZER;CN="Keller, Andrea";SENT-BY="mailto:andrea.keller@novartis.com":ma
 ilto:lukas.meier@novartis.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hannah Weis
 s:mailto:hannah.weiss.bio@posteo.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Meier, Lukas":
 mailto:lukas.meier@novartis.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Tanaka, Yuki":
 mailto:yuki.tanaka@novartis.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN="Schäfer, Dom
 inik":mailto:dominik.schaefer@novartis.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Olsen, Kari
 ":mailto:kari.olsen@novartis.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="CH-BS F
 ab-16 5.14 (12)":mailto:ch-bs-fab16-514@novartis.com
DESCRIPTION;LANGUAGE=en-US:Dear Hannah\,\n\nthank you for accepting our invit
 ation to Basel. Schedule (all times CET):\n\n10:00 Seminar (40 min + 20 min
  questions)\, Fab 16 room 5.14 – audience: PS&SB department\n11:15 Dr. Yuki
  Tanaka – biophysics\n11:45 Dr. Dominik Schäfer – cryo-EM platform\n12:15 Lu
 nch with postdocs\n13:30 Kari Olsen – People & Organization\n14:00 Dr. Luk
 as Meier – closing\n\nPlease bring your passport for the visitor badge at th
 e Novartis Campus main gate (Fabrikstrasse).\n\nAndrea
UID:040000008200E00074C5B7101A82E00800000000D8A17C2E0B4EDC010000000000000000
 10000000F3A0C95E2D6B8141A6E0D9375C2B1F48
SUMMARY;LANGUAGE=en-US:Novartis Campus visit – Hannah Weiss (seminar + 1:1s)
DTSTART;TZID=W. Europe Standard Time:20251118T100000
DTEND;TZID=W. Europe Standard Time:20251118T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251105T131950Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Novartis Campus\, Fabrikstrasse 16\, Basel
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", label=yes("040000008200E00074C5B7101A82E00800000000D8A17C2E0B4EDC0100000000000000001000"
               "0000F3A0C95E2D6B8141A6E0D9375C2B1F48", "Novartis", "", "onsite",
               "yuki.tanaka@novartis.com;dominik.schaefer@novartis.com;kari.olsen@novartis.com;"
               "lukas.meier@novartis.com", "sent-by-assistant-campus-visit-with-room")),

    dict(kind="smartrecruiters", ics=r"""
BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-7418826b-5f0a-4e9c-8d11-6b2e04ac93d5
DTSTAMP:20251030T083001Z
DTSTART:20251106T130000Z
DTEND:20251106T134500Z
SUMMARY:Idorsia | Video interview - Scientist Structural Biology (m/f/d) - H
 annah Weiss
DESCRIPTION:Dear Hannah\,\n\nYour interview for Scientist Structural Biology
  (m/f/d)\, Allschwil has been scheduled.\n\nInterviewers:\n- Dr. Florian Ba
 umann\, Head of Structural Biology\n- Dr. Ines Vogt\, Senior Scientist\n\nJ
 oin Zoom Meeting\nhttps://idorsia.zoom.us/j/93817406622?pwd=Q2R0bE1x\nMeeti
 ng ID: 938 1740 6622\nPasscode: 551902\n\nTo reschedule please use the link
  in your confirmation e-mail.\n\nIdorsia Talent Acquisition\nPowered by Smar
 tRecruiters
LOCATION:Zoom
ORGANIZER;CN=Idorsia Talent Acquisition:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Hannah Weiss;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TR
 UE:mailto:hannah.weiss.bio@posteo.de
ATTENDEE;CN=Florian Baumann;ROLE=REQ-PARTICIPANT:mailto:florian.baumann@ido
 rsia.com
ATTENDEE;CN=Ines Vogt;ROLE=REQ-PARTICIPANT:mailto:ines.vogt@idorsia.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", label=yes("sr-7418826b-5f0a-4e9c-8d11-6b2e04ac93d5", "Idorsia", "Scientist Structural Biology (m/f/d)",
               "", "florian.baumann@idorsia.com;ines.vogt@idorsia.com", "smartrecruiters-utc-zoom-two-interviewers")),

    dict(kind="successfactors", ics=r"""
BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
@TZ:ZURICH@
BEGIN:VEVENT
UID:SF-IS-LONZA-000418273-01
DTSTAMP:20251203T144210Z
DTSTART;TZID=Europe/Zurich:20251211T090000
DTEND;TZID=Europe/Zurich:20251211T120000
SUMMARY:Lonza – Interview Panel: Head of Protein Characterization (Visp)
DESCRIPTION:Dear Hannah Weiss\,\n\nWe are pleased to confirm your interview
  for the position Head of Protein Characterization (Job ID 71522)\, Lonza Vi
 sp.\n\nFormat: on-site panel interview followed by a case presentation (20
  min) on a stability / aggregation problem we will send you 48 h in advance.
 \n\nPanel:\nMartin Zurbriggen – Director Analytical Development\nDr. Ann-Ka
 thrin Imboden – Site QC Lead\nEsther Kalbermatten – HR Business Partner\n\n
 Address: Lonza AG\, Rottenstrasse 6\, 3930 Visp\, Building 3\, Reception\n\n
 This message was sent from SAP SuccessFactors on behalf of Lonza.
LOCATION:Lonza AG\, Rottenstrasse 6\, 3930 Visp
ORGANIZER;CN=Lonza Recruiting:mailto:no-reply@successfactors.eu
ATTENDEE;CN=Hannah Weiss;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:hannah.weis
 s.bio@posteo.de
ATTENDEE;CN=Martin Zurbriggen;PARTSTAT=ACCEPTED:mailto:martin.zurbriggen@lon
 za.com
ATTENDEE;CN=Ann-Kathrin Imboden;PARTSTAT=ACCEPTED:mailto:ann-kathrin.imboden
 @lonza.com
ATTENDEE;CN=Esther Kalbermatten;PARTSTAT=ACCEPTED:mailto:esther.kalbermatten
 @lonza.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", label=yes("SF-IS-LONZA-000418273-01", "Lonza", "Head of Protein Characterization", "onsite",
               "martin.zurbriggen@lonza.com;ann-kathrin.imboden@lonza.com;esther.kalbermatten@lonza.com",
               "successfactors-panel-with-case-presentation")),

    dict(kind="greenhouse", ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-scheduled-interview-58201937-2@greenhouse.io
DTSTAMP:20251119T171205Z
DTSTART:20251126T150000Z
DTEND:20251126T160000Z
SUMMARY:Monte Rosa Therapeutics: Hannah Weiss <> Structural Biology Team (Sr
  Scientist)
DESCRIPTION:Hi Hannah\,\n\nThis is a 60-minute video conversation with two m
 embers of our Structural Biology team. Expect a deep dive into one of your
  cryo-EM projects (ternary complexes welcome!) and questions about how you'
 d approach molecular-glue structures.\n\nInterviewers: Anja Gisler\, Dr. Re
 becca Lo\n\nJoin Google Meet: https://meet.google.com/ubv-qrsx-toe\nOr dial
 : (CH) +41 43 508 71 22 PIN: 418 229 301#\n\nQuestions? Reply to this e-mail
  and Priya from our Talent team will help.\n\nPowered by Greenhouse
LOCATION:Google Meet
ORGANIZER;CN=Priya Raman:mailto:priya.raman@monterosatx.com
ATTENDEE;CN=Hannah Weiss;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TR
 UE:mailto:hannah.weiss.bio@posteo.de
ATTENDEE;CN=Anja Gisler;ROLE=REQ-PARTICIPANT:mailto:agisler@monterosatx.com
ATTENDEE;CN=Rebecca Lo;ROLE=REQ-PARTICIPANT:mailto:rlo@monterosatx.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", label=yes("greenhouse-scheduled-interview-58201937-2@greenhouse.io", "Monte Rosa Therapeutics",
               "", "technical", "agisler@monterosatx.com;rlo@monterosatx.com",
               "greenhouse-angle-brackets-team-deep-dive")),

    dict(kind="gcal-event", ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@TZ:BERLIN@
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20251016T123000
DTEND;TZID=Europe/Berlin:20251016T131500
DTSTAMP:20251009T190221Z
ORGANIZER;CN=Julia Hartmann:mailto:julia.hartmann84@gmail.com
UID:3ft0aq2b8cnl6hse0v1r7k5m4d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Hannah
  Weiss;X-NUM-GUESTS=0:mailto:hannah.weiss.bio@posteo.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Julia
  Hartmann;X-NUM-GUESTS=0:mailto:julia.hartmann84@gmail.com
DESCRIPTION:Hi Hannah! Ich bin nächste Woche eh in HD bei meinen Eltern – la
 ss uns Mittag essen\, dann erzähl ich dir alles über Roche/pRED\, wie die Int
 erviews bei uns ablaufen und was ich anders machen würde. Kein Stress\, reine
 s Quatschen :)\nJulia
LOCATION:Café Frisch\, Jahnstraße 34\, Heidelberg
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Lunch Julia & Hannah
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", label=no("3ft0aq2b8cnl6hse0v1r7k5m4d@google.com", "informational-lunch-with-insider-at-target-employer")),

    dict(kind="entry", ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:Hannah privat
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
DTSTART:20251103T180000Z
DTEND:20251103T200000Z
DTSTAMP:20251102T211533Z
UID:1kq7ed0h3u9ecv3nl2g5fmb8t2@google.com
CREATED:20251102T211533Z
DESCRIPTION:- Folien: 3 Projekte\, max 12 Slides\n- STAR: Konflikt Kooperati
 on Mainz\, Scheitern Nanodisc-Projekt\n- Fragen an TB: Headcount? Krios-Zug
 ang? Publikationspolitik?\n- Gehalt: CHF 125-135k (Glassdoor/Julia)
LAST-MODIFIED:20251102T211533Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Vorbereitung Roche HM-Gespräch
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", label=no("1kq7ed0h3u9ecv3nl2g5fmb8t2@google.com", "prep-block-for-hiring-manager-talk")),
]
