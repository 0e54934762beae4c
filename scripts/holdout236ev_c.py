# ruff: noqa: E501, W291
"""holdout236 events, part c: pharma and biotech in Germany (written blind)."""

from holdout236ev_tz import BERLIN_G, WEUROPE

EVENTS = [
    dict(
        kind="successfactors-video",
        uid="SF-IS-1a2b3c4d5e6f-BI-000184533",
        iv=1,
        company="Boehringer Ingelheim",
        role="Head of Infectious Diseases Research (m/w/d)",
        stage="",
        who="christiane.wolf@boehringer-ingelheim.com;dr.florian.baum@boehringer-ingelheim.com",
        trap="successfactors-video-interview-utc-two-interviewers",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SF-IS-1a2b3c4d5e6f-BI-000184533
DTSTAMP:20260126T083012Z
DTSTART:20260203T130000Z
DTEND:20260203T141500Z
SUMMARY:Interview - Head of Infectious Diseases Research (m/w/d) - Job Req
  184533
DESCRIPTION:Sehr geehrte Frau Dr. Roth\,\n\nvielen Dank für Ihr Interesse 
 an Boehringer Ingelheim. Hiermit bestätigen wir Ihren Interviewtermin.\n\n
 Interviewer: Dr. Christiane Wolf (Global Head Research Beyond Borders)\, D
 r. Florian Baum (Head of Immunology & Respiratory Diseases Research)\nForm
 at: Microsoft Teams (Link folgt separat)\n\nBei Fragen wenden Sie sich bit
 te an Ihre Ansprechpartnerin im Talent Acquisition Team\, Lisa Schmitt.\n
 \nIhr Boehringer Ingelheim Recruiting Team
LOCATION:Microsoft Teams
ORGANIZER;CN=Boehringer Ingelheim Recruiting:mailto:noreply@successfactors.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Anja Roth
 :mailto:anja.roth.mikro@posteo.de
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Christiane Wolf:mailto:christiane.wolf@bo
 ehringer-ingelheim.com
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Florian Baum:mailto:dr.florian.baum@boehr
 inger-ingelheim.com
ATTENDEE;ROLE=OPT-PARTICIPANT;CN=Lisa Schmitt:mailto:lisa.schmitt@boehring
 er-ingelheim.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="site-visit",
        uid="040000008200E00074C5B7101A82E0080000000011AA22BB33CCDC0100000000000000001000000055DD66EE77FF8800991A2B3C4D5E6F70",
        iv=1,
        company="Boehringer Ingelheim",
        role="Head of Infectious Diseases Research",
        stage="onsite",
        who="christiane.wolf@boehringer-ingelheim.com;markus.deichmann@boehringer-ingelheim.com;anke.huber@boehringer-ingelheim.com",
        trap="outlook-site-visit-agenda-no-interview-word",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WEUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Schmitt, Lisa (HR) BI-DE-I";SENT-BY="mailto:lisa.schmitt@boehringer-ingelheim.com":mailto:lisa.schmitt@boehringer-ingelheim.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Anja Roth:mailto:anja.roth.mikro@posteo.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Wolf, Christiane (RBB) BI-DE-I":mailto:christiane.wolf@boehringer-ingelheim.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Deichmann, Markus (CSO Office) BI-DE-I":mailto:markus.deichmann@boehringer-ingelheim.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;CN="Huber, Anke (DRD) BI-DE-B":mailto:anke.huber@boehringer-ingelheim.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="DE-ING Bau 420 / R 2.17 (12 P.)":mailto:de-ing-b420-r217@boehringer-ingelheim.com
DESCRIPTION;LANGUAGE=de-DE:Liebe Frau Dr. Roth\,\n\nhier die Agenda für Ihren Besuch in Ingelheim:\n\n09:00 Abholung am Empfang Tor 1 (Binger Straße 173)\n09:30 Scientific talk (45 min) + Diskussion\n11:00 Gespräch Dr. Christiane Wolf\n11:45 Gespräch Dr. Markus Deichmann\n12:30 Lunch mit dem Leadership Team\n13:30 Gespräch Dr. Anke Huber (per Teams aus Biberach)\n14:15 Abschluss mit HR\n\nBitte denken Sie an einen gültigen Ausweis für den Besucherausweis.\n\nViele Grüße\nLisa Schmitt\nTalent Acquisition R&D\n
UID:040000008200E00074C5B7101A82E0080000000011AA22BB33CCDC0100000000000000001000000055DD66EE77FF8800991A2B3C4D5E6F70
SUMMARY;LANGUAGE=de-DE:Besuch Dr. Anja Roth in Ingelheim
DTSTART;TZID=W. Europe Standard Time:20260305T090000
DTEND;TZID=W. Europe Standard Time:20260305T144500
DTSTAMP:20260217T151500Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=de-DE:DE-ING Bau 420 / R 2.17 (12 P.)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="greenhouse-screen",
        uid="greenhouse-interview-8841275003@greenhouse.io",
        iv=1,
        company="BioNTech",
        role="Director, Bacterial Vaccines Research",
        stage="recruiter_screen",
        who="katharina.lenz@biontech.de",
        trap="greenhouse-recruiter-screen-google-meet",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-interview-8841275003@greenhouse.io
DTSTAMP:20260210T101530Z
DTSTART:20260217T100000Z
DTEND:20260217T103000Z
SUMMARY:Anja Roth <> BioNTech | Recruiter Call (Director\, Bacterial Vacci
 nes Research)
DESCRIPTION:Hi Anja\,\n\nThanks for making time to speak with Katharina Le
 nz\, Senior Talent Acquisition Partner\, about the Director\, Bacterial Va
 ccines Research role in Mainz.\n\nJoin with Google Meet: https://meet.goog
 le.com/xwp-rhdk-mqa\nOr dial: (DE) +49 30 300195061 PIN: 771 208 334#\n\n
 Best\,\nThe BioNTech Talent Team\n\nPowered by Greenhouse
LOCATION:https://meet.google.com/xwp-rhdk-mqa
ORGANIZER;CN=Katharina Lenz:mailto:katharina.lenz@biontech.de
ATTENDEE;CN=Anja Roth;ROLE=REQ-PARTICIPANT;RSVP=TRUE;PARTSTAT=NEEDS-ACTION
 :mailto:anja.roth.mikro@posteo.de
ATTENDEE;CN=Katharina Lenz;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:k
 atharina.lenz@biontech.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="scientific-presentation",
        uid="greenhouse-interview-8841275117@greenhouse.io",
        iv=1,
        company="BioNTech",
        role="Director, Bacterial Vaccines Research",
        stage="technical",
        who="jan.petersen@biontech.de;miriam.okonkwo@biontech.de;sebastian.kraus@biontech.de",
        trap="greenhouse-scientific-presentation-panel-onsite-mainz",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-interview-8841275117@greenhouse.io
DTSTAMP:20260302T160211Z
DTSTART:20260312T090000Z
DTEND:20260312T110000Z
SUMMARY:BioNTech – Scientific Presentation & Panel – Anja Roth
DESCRIPTION:Hi Anja\,\n\nWe're excited to welcome you in Mainz! Please pr
 epare a 30 minute presentation on your most relevant scientific work and 
 one slide on how you would approach a bacterial vaccine program from targ
 et identification to candidate selection.\n\nPanel:\n- Jan Petersen\, VP I
 nfectious Disease Research\n- Dr. Miriam Okonkwo\, Head of Antigen Discov
 ery\n- Dr. Sebastian Kraus\, Senior Director Preclinical Immunology\n\nLo
 cation: An der Goldgrube 12\, 55131 Mainz – please register at reception.
 \n\nKatharina (Talent Acquisition)
LOCATION:BioNTech SE\, An der Goldgrube 12\, 55131 Mainz
ORGANIZER;CN=Katharina Lenz:mailto:katharina.lenz@biontech.de
ATTENDEE;CN=Anja Roth;ROLE=REQ-PARTICIPANT;RSVP=TRUE;PARTSTAT=NEEDS-ACTION
 :mailto:anja.roth.mikro@posteo.de
ATTENDEE;CN=Jan Petersen;ROLE=REQ-PARTICIPANT:mailto:jan.petersen@biontech
 .de
ATTENDEE;CN=Miriam Okonkwo;ROLE=REQ-PARTICIPANT:mailto:miriam.okonkwo@bion
 tech.de
ATTENDEE;CN=Sebastian Kraus;ROLE=REQ-PARTICIPANT:mailto:sebastian.kraus@bi
 ontech.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ashby-cso-zoom",
        uid="ashby-ivs-5e0b2f7c-4d91-4b22-a8a3-c0f1e9d2b7a6",
        iv=1,
        company="Phagoryx Therapeutics",
        role="Head of Research",
        stage="hiring_manager",
        who="tobias.reindl@phagoryx.com",
        trap="ashby-startup-cso-zoom-martinsried",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-ivs-5e0b2f7c-4d91-4b22-a8a3-c0f1e9d2b7a6
DTSTAMP:20251230T141204Z
DTSTART:20260108T160000Z
DTEND:20260108T164500Z
SUMMARY:Anja Roth & Tobias Reindl (CSO) – Phagoryx Head of Research
DESCRIPTION:Tobias Reindl is inviting you to a scheduled Zoom meeting.\n\n
 Join Zoom Meeting\nhttps://us02web.zoom.us/j/81266340917?pwd=UGhhZ29yeXgx
 \nMeeting ID: 812 6634 0917\nPasscode: phage26\n\n---\nInterview for Head 
 of Research at Phagoryx Therapeutics (Am Klopferspitz 19a\, Martinsried).
  Tobias would like to talk about our engineered-phage platform\, the prec
 linical pipeline and what we expect from the first research leader.\n\nSc
 heduled with Ashby
LOCATION:https://us02web.zoom.us/j/81266340917?pwd=UGhhZ29yeXgx
ORGANIZER;CN=Phagoryx Recruiting:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Anja Roth;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE
 :mailto:anja.roth.mikro@posteo.de
ATTENDEE;CN=Tobias Reindl;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:to
 bias.reindl@phagoryx.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="founder-gmail",
        uid="1kq8v3m0t7b2n5c9x4z6a1s8d0@google.com",
        iv=1,
        company="Sporagen",
        role="Head of Research",
        stage="hiring_manager",
        who="felix.haberl.sporagen@gmail.com",
        trap="founder-on-free-mail-kennenlernen-meet",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + BERLIN_G + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20251216T190000
DTEND;TZID=Europe/Berlin:20251216T200000
DTSTAMP:20251211T223014Z
ORGANIZER;CN=Felix Haberl:mailto:felix.haberl.sporagen@gmail.com
UID:1kq8v3m0t7b2n5c9x4z6a1s8d0@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Felix Haberl;X-NUM-GUESTS=0:mailto:felix.haberl.sporagen@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=anja.roth.mikro@posteo.de;X-NUM-GUESTS=0:mailto:anja.roth.mikro@pos
 teo.de
X-GOOGLE-CONFERENCE:https://meet.google.com/fqz-iukw-sbn
DESCRIPTION:Hallo Anja\,\n\nwie am Telefon besprochen – lass uns in Ruhe ü
 ber Sporagen und die Rolle als Head of Research reden. Wir sind zu dritt 
 (Gründer)\, Seed-Runde ist durch\, Labor im IZB Martinsried ab April. Ich 
 würde dir gern erzählen\, was wir vorhaben\, und verstehen\, wie du ein Te
 am von 6-8 Leuten aufbauen würdest.\n\nFelix\n\n-::~:~::~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nJoin w
 ith Google Meet: https://meet.google.com/fqz-iukw-sbn\nJoin by phone\n(DE)
  +49 40 8081617 16 PIN: 209 554 118#\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Anja / Felix – Sporagen
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="vorstellungsgespraech",
        uid="040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5DC01000000000000000010000000010203040506070809A0B0C0D0E0F001",
        iv=1,
        company="Sartorius",
        role="Head of Microbial Systems R&D (m/w/d)",
        stage="",
        who="henrike.grote@sartorius.com;oliver.kampe@sartorius.com",
        trap="local-employer-vorstellungsgespraech-outlook-german",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WEUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Grote, Henrike":mailto:henrike.grote@sartorius.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=anja.roth.mikro@posteo.de:mailto:anja.roth.mikro@posteo.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Kampe, Oliver":mailto:oliver.kampe@sartorius.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="GÖ Campus / Haus 8 / Raum Leine":mailto:goe-h8-leine@sartorius.com
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Dr. Roth\,\n\nvielen Dank für Ihre Bewerbung als Head of Microbial Systems R&D (m/w/d). Gerne möchten wir Sie persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch an unseren Standort Göttingen ein. Am Gespräch nehmen Herr Dr. Oliver Kampe (VP Bioprocess Research) und ich teil.\n\nBitte melden Sie sich am Empfang Otto-Brenner-Straße 20.\n\nMit freundlichen Grüßen\nHenrike Grote\nHR Business Partner\n
UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5DC01000000000000000010000000010203040506070809A0B0C0D0E0F001
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Frau Dr. Roth – Head of Microbial Systems R&D
DTSTART;TZID=W. Europe Standard Time:20260421T140000
DTEND;TZID=W. Europe Standard Time:20260421T153000
DTSTAMP:20260408T120101Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=de-DE:GÖ Campus / Haus 8 / Raum Leine
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workday-video",
        uid="WD-INT-c81e4d22-77b0-4f55-91d3-6e2a0b9f4c13",
        iv=1,
        company="Bayer",
        role="Head of Biologicals Discovery, Crop Science",
        stage="",
        who="gregor.wilms@bayer.com",
        trap="workday-video-interview-crop-science",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc.//Recruiting Calendar 2026.06//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INT-c81e4d22-77b0-4f55-91d3-6e2a0b9f4c13
DTSTAMP:20260216T090415Z
DTSTART:20260224T140000Z
DTEND:20260224T150000Z
SUMMARY:Bayer: Video Interview - Head of Biologicals Discovery\, Crop Scie
 nce (R-0917744)
DESCRIPTION:Dear Dr. Anja Roth\,\n\nWe are pleased to invite you to a vide
 o interview with Dr. Gregor Wilms (Head of Biologics Research\, Monheim).\n
 \nMicrosoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_
 YmF5ZXJjcm9w%40thread.v2/0\nMeeting ID: 312 009 447 108 Passcode: Kp3Wz7\n
 \nBest regards\,\nBayer Talent Acquisition
LOCATION:Microsoft Teams
ORGANIZER;CN=Bayer Careers:mailto:bayer@myworkday.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Anja Roth
 :mailto:anja.roth.mikro@posteo.de
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Gregor Wilms:mailto:gregor.wilms@bayer.co
 m
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-interview",
        uid="040000008200E00074C5B7101A82E00800000000F9E8D7C6B5A4DC0100000000000000001000000013579BDF2468ACE013579BDF2468ACE0",
        iv=1,
        company="Merck",
        role="Head of Microbiology R&D, Life Science",
        stage="hiring_manager",
        who="stefanie.roemer@merckgroup.com",
        trap="outlook-teams-bracket-subject-hiring-manager",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WEUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Römer, Stefanie (LS-R&D)";SENT-BY="mailto:tanja.eckert@merckgroup.com":mailto:stefanie.roemer@merckgroup.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=anja.roth.mikro@posteo.de:mailto:anja.roth.mikro@posteo.de
DESCRIPTION;LANGUAGE=en-US:Dear Dr. Roth\,\nStefanie Römer (Head of R&D Applied Solutions) would like to meet you for a first conversation about the Head of Microbiology R&D position in Darmstadt.\nKind regards\, Tanja Eckert (Office Dr. Römer)\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_bWVyY2tscw%40thread.v2/0>\nMeeting ID: 355 781 604 228\nPasscode: 5Hj8mX\nOr call in (audio only)\n+49 6151 7224 5500\,\,118440771#   Germany\, Darmstadt\nPhone Conference ID: 118 440 771#\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000F9E8D7C6B5A4DC0100000000000000001000000013579BDF2468ACE013579BDF2468ACE0
SUMMARY;LANGUAGE=en-US:[Interview] Dr. Anja Roth | Head of Microbiology R&D
DTSTART;TZID=W. Europe Standard Time:20260303T083000
DTEND;TZID=W. Europe Standard Time:20260303T093000
DTSTAMP:20260223T165050Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
]
