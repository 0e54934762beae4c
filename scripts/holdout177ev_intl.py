"""holdout177: Florian Gruber's own interviews at international and foreign schools in Vienna, Carinthia, Istanbul."""

from holdout177ev_tz import TZ_ISTANBUL, TZ_VIENNA, TZ_WEU, E

EVENTS = [
    E(
        "bookings-hr-call",
        "a7c1e2f0-31d4-4f7a-9c55-0e2b8f1d6a43",
        (1, "Vienna International School", "Secondary Mathematics Teacher (IBDP)", "recruiter_screen",
         "recruitment@vis.ac.at"),
        "microsoft-bookings-hr-screen",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEU}
BEGIN:VEVENT
ORGANIZER;CN=VIS Recruitment Bookings:mailto:VISRecruitment@vis.ac.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Florian Gruber:mailto:florian.gruber@gmx.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Amelia Hart (HR):mailto:recruitment@vis.ac.at
DESCRIPTION;LANGUAGE=en-US:Your booking is confirmed.\n\nService: Initial convers
 ation – Teaching Applicants (20 min)\nStaff: Amelia Hart (HR)\nPosition: Sec
 ondary Mathematics Teacher (IBDP)\, start August 2026\n\nWe will call you on
  +43 676 5512 903. \n\nManage booking: https://outlook.office365.com/owa/cale
 ndar/VISRecruitment@vis.ac.at/bookings/s/Kd8aQ1rTzUq0B3f4N2mW1g2\n
UID:a7c1e2f0-31d4-4f7a-9c55-0e2b8f1d6a43
SUMMARY;LANGUAGE=en-US:Initial conversation – Teaching Applicants
DTSTART;TZID=W. Europe Standard Time:20251117T161500
DTEND;TZID=W. Europe Standard Time:20251117T163500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251110T082233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Phone call
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "demo-lesson",
        "040000008200E00074C5B7101A82E00800000000E0C1B2A3946FDC01000000000000000010000000FA1B2C3D4E5F60718293A4B5C6",
        (1, "Vienna International School", "Secondary Mathematics Teacher (IBDP)", "technical",
         "k.oconnor@vis.ac.at;r.sato@vis.ac.at"),
        "outlook-demo-lesson-observed-by-head-of-maths",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEU}
BEGIN:VEVENT
ORGANIZER;CN="O'Connor, Kieran";SENT-BY="mailto:recruitment@vis.ac.at":mailto:k.oconnor@vis.ac.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=florian.gruber@gmx.at:mailto:florian.gruber@gmx.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Sato, Rie":mailto:r.sato@vis.ac.at
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="VIS Secondary - Room S2.14 (Maths)":mailto:room.s214
 @vis.ac.at
DESCRIPTION;LANGUAGE=en-US:Dear Florian\,\n\nThank you for accepting our invitat
 ion. You will teach a 40-minute demo lesson to a Grade 11 Maths AA SL class
  (22 students) on an introduction to the binomial distribution. Kieran O'Co
 nnor (Head of Mathematics) and Rie Sato (DP Coordinator) will observe\, foll
 owed by a 15-minute reflection.\n\nPlease report to Main Reception\, Straße
  der Menschenrechte 1\, 1220 Vienna\, with photo ID. Visitor badge will be
  printed.\n\nBest\,\nKieran\n
UID:040000008200E00074C5B7101A82E00800000000E0C1B2A3946FDC01000000000000000010000000FA1B2C3D4E5F60718293A4B5C6
SUMMARY;LANGUAGE=en-US:Demo lesson – F. Gruber (G11 AA SL)
DTSTART;TZID=W. Europe Standard Time:20251204T104500
DTEND;TZID=W. Europe Standard Time:20251204T114000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251124T130509Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:VIS Secondary - Room S2.14 (Maths)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "panel-teams",
        "040000008200E00074C5B7101A82E00800000000C4D5E6F7086FDC010000000000000000100000003B4C5D6E7F8091A2B3C4D5E6F7",
        (1, "Vienna International School", "Secondary Mathematics Teacher (IBDP)", "onsite",
         "m.lindqvist@vis.ac.at;k.oconnor@vis.ac.at;j.mwangi@vis.ac.at"),
        "teams-panel-international-school",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEU}
BEGIN:VEVENT
ORGANIZER;CN="VIS Recruitment":mailto:recruitment@vis.ac.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Florian Gruber:mailto:florian.gruber@gmx.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lindqvist, Maja":mailto:m.lindqvist@vis.ac.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="O'Connor, Kieran":mailto:k.oconnor@vis.ac.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN="Mwangi, Joseph":mailto:j.mwangi@vis.ac.at
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="Admin Building - Board Room":mailto:boardroom@vis.ac.at
DESCRIPTION;LANGUAGE=en-US:Panel interview – Secondary Mathematics Teacher (IBDP)
 \n\nPanel: Maja Lindqvist (Secondary Principal)\, Kieran O'Connor (Head of M
 athematics)\, Joseph Mwangi (Teacher representative). Safeguarding question
 s are part of every VIS interview.\n\nIn person in the Board Room\; Teams li
 nk for the teacher representative only.\n_________________________________
 _______________________________________________\nMicrosoft Teams meeting\nJo
 in on your computer\, mobile app or room device\nClick here to join the meet
 ing<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGQ1YzI3ZjEtM2E2M
 y00YjU5LThkOGMtYzI5NjE0M2ZlNTlm%40thread.v2/0>\nMeeting ID: 318 772 604 915
 \nPasscode: 7Hk3sQ\n__________________________________________________________
 ______________________\n
UID:040000008200E00074C5B7101A82E00800000000C4D5E6F7086FDC010000000000000000100000003B4C5D6E7F8091A2B3C4D5E6F7
SUMMARY;LANGUAGE=en-US:Interview Panel – Florian Gruber (Maths)
DTSTART;TZID=W. Europe Standard Time:20251211T140000
DTEND;TZID=W. Europe Standard Time:20251211T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251205T091144Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Admin Building - Board Room\; Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "vis-final",
        "FE71D3B0-9A2C-4E11-8D4F-0B6C5A3E2917",
        (1, "Vienna International School", "", "final", "Peter Whitfield"),
        "self-typed-english-final-with-director",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251215T212013Z
DTSTART;TZID=Europe/Vienna:20260108T083000
DTEND;TZID=Europe/Vienna:20260108T091500
DTSTAMP:20251215T212112Z
LAST-MODIFIED:20251215T212112Z
SEQUENCE:0
SUMMARY:VIS final w/ Director (Peter Whitfield)
LOCATION:VIS Admin Bldg\, Straße der Menschenrechte 1
DESCRIPTION:last step!! contract/salary scale q's\, relocation n/a\, start Aug
 . Supplierung 1./2. Std organisiert (Huber)
TRANSP:OPAQUE
UID:FE71D3B0-9A2C-4E11-8D4F-0B6C5A3E2917
END:VEVENT
END:VCALENDAR
""",
        eol="lf",
    ),
    E(
        "zoom-principal",
        "1q2w3e4r5t6y7u8i9o0p1a2s3d@google.com",
        (1, "American International School Vienna", "High School Physics Teacher", "hiring_manager",
         "dgallagher@ais.at"),
        "google-zoom-interview-original-before-reschedule",
        rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_VIENNA}
BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20260120T160000
DTEND;TZID=Europe/Vienna:20260120T164500
DTSTAMP:20260112T183020Z
ORGANIZER;CN=Dana Gallagher:mailto:dgallagher@ais.at
UID:1q2w3e4r5t6y7u8i9o0p1a2s3d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=D
 ana Gallagher;X-NUM-GUESTS=0:mailto:dgallagher@ais.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;
 CN=florian.gruber@gmx.at;X-NUM-GUESTS=0:mailto:florian.gruber@gmx.at
DESCRIPTION:Hi Florian\,<br><br>Looking forward to talking about the HS Physi
 cs position (AP Physics 1/2 and Grade 9 Integrated Science).<br><br>Dana Gal
 lagher<br>High School Principal\, AIS Vienna<br><br>Join Zoom Meeting<br>htt
 ps://ais-at.zoom.us/j/83317729051<br>Meeting ID: 833 1772 9051<br>Passcode: 6
 61903
LOCATION:https://ais-at.zoom.us/j/83317729051
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Florian Gruber / Dana Gallagher - HS Physics
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "zoom-principal-moved",
        "1q2w3e4r5t6y7u8i9o0p1a2s3d@google.com",
        (1, "American International School Vienna", "High School Physics Teacher", "hiring_manager",
         "dgallagher@ais.at"),
        "google-updated-invitation-rescheduled-sequence-2",
        rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_VIENNA}
BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20260122T171500
DTEND;TZID=Europe/Vienna:20260122T180000
DTSTAMP:20260119T071502Z
ORGANIZER;CN=Dana Gallagher:mailto:dgallagher@ais.at
UID:1q2w3e4r5t6y7u8i9o0p1a2s3d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=D
 ana Gallagher;X-NUM-GUESTS=0:mailto:dgallagher@ais.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;
 CN=florian.gruber@gmx.at;X-NUM-GUESTS=0:mailto:florian.gruber@gmx.at
DESCRIPTION:Hi Florian\, so sorry – a board meeting landed on Tuesday. Moved
  us to Thursday\, same link.<br><br>Dana Gallagher<br>High School Principal
 \, AIS Vienna<br><br>Join Zoom Meeting<br>https://ais-at.zoom.us/j/83317729
 051<br>Meeting ID: 833 1772 9051<br>Passcode: 661903
LOCATION:https://ais-at.zoom.us/j/83317729051
SEQUENCE:2
STATUS:CONFIRMED
SUMMARY:Florian Gruber / Dana Gallagher - HS Physics
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "tes-panel",
        "tes-int-20260226-0941-33817@tes.com",
        (1, "Danube International School Vienna", "Head of Secondary", "onsite",
         "c.whitaker@danubeschool.at;a.kremser@danubeschool.at"),
        "tes-portal-panel-head-of-secondary",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Tes Global//Tes Recruit Interview Scheduler//EN
METHOD:REQUEST
X-WR-TIMEZONE:Europe/Vienna
BEGIN:VEVENT
UID:tes-int-20260226-0941-33817@tes.com
DTSTAMP:20260216T101212Z
DTSTART:20260226T084500Z
DTEND:20260226T110000Z
SUMMARY:Interview: Head of Secondary – Danube International School Vienna
ORGANIZER;CN=Tes Recruit:mailto:no-reply@tes.com
ATTENDEE;CN=Florian Gruber;RSVP=TRUE:mailto:florian.gruber@gmx.at
LOCATION:Danube International School\, Josef-Gall-Gasse 2\, 1020 Wien
DESCRIPTION:Application ref: DISV-HOS-2026\n\nSchedule for your visit:\n09:45
  Tour with student ambassadors\n10:15 Panel interview – Chris Whitaker (Head
  of School\, c.whitaker@danubeschool.at)\, Dr. Anna Kremser (Board of Gover
 nors\, a.kremser@danubeschool.at)\n11:15 Meet the Heads of Department (info
 rmal)\n\nPlease bring proof of identity and your teaching qualifications.\n\n
 Manage your application at https://www.tes.com/jobs/applications
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "calendly-interview",
        "b6f1e9a2-0c44-4c7b-8d19-77a3e2c51f08",
        (1, "Amadeus International School Vienna", "Head of Mathematics", "hiring_manager",
         "s.haddad@amadeus-vienna.com"),
        "calendly-invitee-booked-head-of-dept",
        rf"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_VIENNA}
BEGIN:VEVENT
UID:b6f1e9a2-0c44-4c7b-8d19-77a3e2c51f08
DTSTAMP:20260302T191405Z
DTSTART;TZID=Europe/Vienna:20260309T124000
DTEND;TZID=Europe/Vienna:20260309T132000
SUMMARY:Florian Gruber and Samir Haddad
ORGANIZER;CN=Samir Haddad:mailto:s.haddad@amadeus-vienna.com
ATTENDEE;CN=Florian Gruber;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:florian.gruber@gmx.at
ATTENDEE;CN=Samir Haddad;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:s.haddad@amadeus-vienna.com
DESCRIPTION:Event Name: Interview – Head of Mathematics (40 min)\n\nLocation:
  This is a Google Meet web conference.\nhttps://meet.google.com/fxu-pqra-wzc\n
 \nPlease share anything that will help prepare for our meeting.: Currently
  teaching M/Ph at a Vienna AHS\, 18 yrs\, IB-trained (Cat 2 AA).\n\nNeed to m
 ake changes to this event?\nCancel: https://calendly.com/cancellations/b6f1e9
 a2-0c44-4c7b-8d19-77a3e2c51f08\nReschedule: https://calendly.com/reschedulin
 gs/b6f1e9a2-0c44-4c7b-8d19-77a3e2c51f08\n\nPowered by Calendly.com
LOCATION:https://meet.google.com/fxu-pqra-wzc
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "teams-interview",
        "040000008200E00074C5B7101A82E008000000007A8B9C0D1E6FDC01000000000000000010000000C5D6E7F8091A2B3C4D5E6F7081",
        (1, "International School Carinthia", "Physics Teacher (MYP/DP)", "", "h.jensen@isc.ac.at"),
        "outlook-teams-interview-no-clear-stage",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEU}
BEGIN:VEVENT
ORGANIZER;CN="Jensen, Henrik":mailto:h.jensen@isc.ac.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=florian.gruber@gmx.at:mailto:florian.gruber@gmx.at
DESCRIPTION;LANGUAGE=en-GB:Dear Mr Gruber\,\nthank you for your application for
  the Physics post starting September. I would like to invite you for an in
 terview via Teams.\nKind regards\, Henrik Jensen\, Secondary Principal\, ISC
  Velden\n______________________________________________________________________
 __________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or ro
 om device\nClick here to join the meeting<https://teams.microsoft.com/l/meetu
 p-join/19%3ameeting_YjM0MzE2ZDMtYTE2Ny00Y2Q4LTk1N2EtNGQ5YjI3MzgwMmRk%40threa
 d.v2/0>\nMeeting ID: 362 118 533 047\nPasscode: y8PqT2\nOr call in (audio on
 ly)\n+43 1 2535 521\,\,482910377#   Austria\, Vienna\nPhone Conference ID: 4
 82 910 377#\n___________________________________________________________________
 _____________\n
UID:040000008200E00074C5B7101A82E008000000007A8B9C0D1E6FDC01000000000000000010000000C5D6E7F8091A2B3C4D5E6F7081
SUMMARY;LANGUAGE=en-GB:Interview – Physics Teacher (Mr F. Gruber)
DTSTART;TZID=W. Europe Standard Time:20260217T153000
DTEND;TZID=W. Europe Standard Time:20260217T161500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260210T115820Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "entretien-proviseur",
        "5c1b9d2e-7a40-41f8-93e6-b2f0a7d4c861@lfvienne.zimbra",
        (1, "Lycée Français de Vienne", "Professeur de mathématiques (contrat local)", "hiring_manager",
         "proviseur@lyceefrancais.at"),
        "zimbra-french-entretien-proviseur",
        rf"""BEGIN:VCALENDAR
X-WR-CALNAME:Proviseur
PRODID:Zimbra-Calendar-Provider
VERSION:2.0
METHOD:REQUEST
{TZ_VIENNA}
BEGIN:VEVENT
UID:5c1b9d2e-7a40-41f8-93e6-b2f0a7d4c861@lfvienne.zimbra
SUMMARY:Entretien – poste de professeur de mathématiques (M. Gruber)
ATTENDEE;CN=Florian Gruber;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRU
 E:mailto:florian.gruber@gmx.at
ATTENDEE;CN=Secrétariat du proviseur;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED:ma
 ilto:secretariat.proviseur@lyceefrancais.at
ORGANIZER;CN=Olivier Marchand - Proviseur:mailto:proviseur@lyceefrancais.at
DTSTART;TZID="Europe/Vienna":20260204T113000
DTEND;TZID="Europe/Vienna":20260204T121500
STATUS:CONFIRMED
CLASS:PUBLIC
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
TRANSP:OPAQUE
LAST-MODIFIED:20260127T095110Z
DTSTAMP:20260127T095110Z
SEQUENCE:0
LOCATION:Lycée Français de Vienne\, Liechtensteinstraße 37a\, 1090 Wien – bur
 eau du proviseur (2e étage)
DESCRIPTION:Monsieur\,\n\nSuite à votre candidature au poste de professeur de
  mathématiques en contrat local (rentrée 2026)\, M. Olivier Marchand\, prov
 iseur\, vous recevra pour un entretien. Merci de vous présenter à l'accueil
  muni d'une pièce d'identité.\n\nBien cordialement\,\nLe secrétariat du prov
 iseur
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "vorstellungsgespraech-istanbul",
        "0F3A7C21-55B6-4D9E-A1C8-6E2B90D7F354@sg.k12.tr",
        (1, "St. Georgs-Kolleg Istanbul", "Lehrer/in für Mathematik und Physik (Bundeslehrer/in im Auslandsdienst)",
         "hiring_manager", "direktion@sg.k12.tr"),
        "webex-austrian-school-abroad-istanbul-zone",
        rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{TZ_ISTANBUL}
BEGIN:VEVENT
ORGANIZER;CN="Direktion St. Georg":mailto:direktion@sg.k12.tr
ATTENDEE;CN="florian.gruber@gmx.at";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:florian.gruber@gmx.at
ATTENDEE;CN="Auslandsschulwesen BMBWF";ROLE=OPT-PARTICIPANT;RSVP=FALSE:mailto:auslandsschulen@bmbwf.gv.at
DESCRIPTION:Sehr geehrter Herr Kollege Gruber\,\n\nDirektor Mag. Andreas Reite
 r lädt Sie zu einem Vorstellungsgespräch für die Stelle M/Ph ab 1.9.2026 ei
 n. Das Gespräch findet per Webex statt (Uhrzeit Istanbul = Wien + 2 h im Wi
 nter).\n\nhttps://sgkolleg.webex.com/meet/direktion\n\nMit kollegialen Grüße
 n\nSekretariat\nSt. Georgs-Kolleg\, Kart Çınar Sokak 2\, Karaköy\, İstanbul\n
UID:0F3A7C21-55B6-4D9E-A1C8-6E2B90D7F354@sg.k12.tr
SUMMARY:Vorstellungsgespräch M/Ph – Mag. Florian Gruber
DTSTART;TZID=Europe/Istanbul:20260219T170000
DTEND;TZID=Europe/Istanbul:20260219T174500
DTSTAMP:20260205T133015Z
LOCATION:Webex (sgkolleg.webex.com/meet/direktion)
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
