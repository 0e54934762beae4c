"""holdout185 events: pharma and biotech interviews in Basel and beyond (Léa Morel as the candidate)."""

from holdout185ev_tz import AMSTERDAM, W_EUROPE, ZURICH, ev

EVENTS = [
    ev("workday-roche-screen", "WD-INT-0f3b9c2e71a44d0b8e51@myworkday.com", 1, "Roche",
       "Senior Scientist – Cellular Mechanisms (pRED)", "recruiter_screen", "nadia.frei@roche.com",
       "workday-phone-screen-talent-partner",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Workday Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INT-0f3b9c2e71a44d0b8e51@myworkday.com
DTSTAMP:20250115T094400Z
DTSTART:20250120T090000Z
DTEND:20250120T093000Z
SUMMARY:Interview: Senior Scientist – Cellular Mechanisms (pRED) - 202412-131877
ORGANIZER;CN=Roche Talent Acquisition:mailto:roche@myworkday.com
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Léa Morel:mailto:lea.morel.bio@protonmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Nadia Frei:mailto:nadia.frei@roche.com
LOCATION:Phone – Nadia will call you on +41 79 512 44 08
DESCRIPTION:Interview Type: Phone Screen\nCandidate: Léa Morel\nJob Requisition: 202412-131877 Senior
  Scientist – Cellular Mechanisms (pRED)\nInterviewer: Nadia Frei (Talent Partner)\nDuration: 30 minu
 tes\n\nThis invitation was sent from Workday on behalf of Roche.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("roche-hiring-manager-teams", "040000008200E00074C5B7101A82E0080000000070A1B2C3D46FDB01000000000000000010000000"
       "AB12", 1, "Roche", "Senior Scientist – Cellular Mechanisms", "hiring_manager", "andreas.keller@roche.com",
       "outlook-last-first-cn-teams-hiring-manager",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Keller, Andreas {DXCB~Basel}":mailto:andreas.keller@roche.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lea.morel.bio@protonmail.com:mailto:l
 ea.morel.bio@protonmail.com
DESCRIPTION;LANGUAGE=en-US:Hi Léa\, looking forward to our conversation about the Senior Scientist – Ce
 llular Mechanisms opening in my group. Best\, Andreas\n\n__________________________________________
 ______________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app o
 r room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_
 YjA0>\nMeeting ID: 392 118 550 271\nPasscode: 9WpQ2a\nDownload Teams | Join on the web\nJoin with a vi
 deo conferencing device\nroche@m.webex.com\nVideo Conference ID: 121 880 442 1\nOr call in (audio onl
 y)\n+41 44 529 84 11\,\,701225388#   Switzerland\, Zurich\n_______________________________________
 _________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000070A1B2C3D46FDB01000000000000000010000000AB12
SUMMARY;LANGUAGE=en-US:Léa Morel / Andreas Keller
DTSTART;TZID=W. Europe Standard Time:20250129T160000
DTEND;TZID=W. Europe Standard Time:20250129T164500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250122T080112Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
"""),
    ev("workday-roche-site-visit", "WD-INT-7c11aa04e2b9470f91d3@myworkday.com", 1, "Roche",
       "Senior Scientist – Cellular Mechanisms (pRED)", "onsite",
       "andreas.keller@roche.com;julia.steiner@roche.com;tom.oconnor@roche.com;priya.raman@roche.com",
       "workday-site-visit-scientific-presentation-one-on-ones",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Workday Calendar//EN
METHOD:REQUEST
""" + ZURICH + r"""BEGIN:VEVENT
UID:WD-INT-7c11aa04e2b9470f91d3@myworkday.com
DTSTAMP:20250214T130000Z
DTSTART;TZID=Europe/Zurich:20250226T090000
DTEND;TZID=Europe/Zurich:20250226T150000
SUMMARY:Site visit – Senior Scientist – Cellular Mechanisms (pRED) - 202412-131877
ORGANIZER;CN=Roche Talent Acquisition:mailto:roche@myworkday.com
ATTENDEE;CN=Léa Morel:mailto:lea.morel.bio@protonmail.com
ATTENDEE;CN=Andreas Keller:mailto:andreas.keller@roche.com
ATTENDEE;CN=Julia Steiner:mailto:julia.steiner@roche.com
ATTENDEE;CN=Tom O'Connor:mailto:tom.oconnor@roche.com
ATTENDEE;CN=Priya Raman:mailto:priya.raman@roche.com
ATTENDEE;CN=Nadia Frei:mailto:nadia.frei@roche.com
LOCATION:Roche Basel\, Grenzacherstrasse 124\, Building 1\, reception
DESCRIPTION:Interview Schedule\n09:00–09:15 Welcome (Nadia Frei\, Talent Partner)\n09:15–10:15 Scient
 ific presentation (45 min + Q&A) – Bldg 92\, room 3.12\n10:30–11:15 Andreas Keller (Hiring Manager)\n1
 1:15–12:00 Julia Steiner (Principal Scientist)\n12:00–13:00 Lunch with team\n13:00–13:45 Tom O'Connor
  (Section Head)\n13:45–14:30 Priya Raman (Lab Head\, Imaging)\n\nPlease bring a valid ID for the visi
 tor badge.
SEQUENCE:1
END:VEVENT
END:VCALENDAR
"""),
    ev("roche-final-head", "roche-final-2025-03-lmorel-4417@roche.com", 1, "Roche", "", "final",
       "sabine.wyss@roche.com", "teams-final-conversation-head-of-department",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + W_EUROPE + r"""BEGIN:VEVENT
UID:roche-final-2025-03-lmorel-4417@roche.com
DTSTAMP:20250306T151500Z
DTSTART;TZID="W. Europe Standard Time":20250312T173000
DTEND;TZID="W. Europe Standard Time":20250312T180000
SUMMARY:Final conversation – Sabine Wyss (Head of Discovery Cell Biology) / Léa Morel
ORGANIZER;CN="Frei, Nadia {PDX~Basel}":mailto:nadia.frei@roche.com
ATTENDEE;CN="Wyss, Sabine {DXCB~Basel}";ROLE=REQ-PARTICIPANT:mailto:Sabine.Wyss@roche.com
ATTENDEE;CN=lea.morel.bio@protonmail.com;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:lea.morel.bio@protonmail.com
LOCATION:Microsoft Teams Meeting
DESCRIPTION:Dear Léa\, as mentioned on the phone\, Sabine would like to have a last conversation with y
 ou before we come back to you. Best regards\, Nadia\n\nMicrosoft Teams meeting\nJoin: https://teams.mi
 crosoft.com/l/meetup-join/19%3ameeting_ZWYx
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("workday-novartis-screen", "novartis-wd-int-4e1c22d0@myworkday.com", 1, "Novartis",
       "Investigator II, Cell Biology", "recruiter_screen", "yannick.bauer@novartis.com",
       "workday-novartis-teams-screen-utc",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Workday Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:novartis-wd-int-4e1c22d0@myworkday.com
DTSTAMP:20250203T101010Z
DTSTART:20250207T130000Z
DTEND:20250207T133000Z
SUMMARY:Novartis | Investigator II\, Cell Biology | REQ-10034567 | Léa Morel
ORGANIZER;CN=Novartis Recruiting:mailto:novartis@myworkday.com
ATTENDEE;CN=Léa Morel:mailto:lea.morel.bio@protonmail.com
ATTENDEE;CN=Yannick Bauer:mailto:yannick.bauer@novartis.com
LOCATION:Microsoft Teams
DESCRIPTION:Hello Léa\,\n\nThank you for your interest in Novartis. Your first interview has been sched
 uled.\nInterviewer(s): Yannick Bauer\, Talent Acquisition Partner\nFormat: Microsoft Teams (link below)
 \nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_Njc4\n\nNovartis Talent Acquisition
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("novartis-seminar-panel", "040000008200E00074C5B7101A82E00800000000E1F2A3B4C5D6DB0100000000000000001000000022",
       1, "Novartis", "Investigator II, Cell Biology", "onsite",
       "katrin.huber@novartis.com;daniel.moser@novartis.com;h.kobayashi@novartis.com",
       "outlook-campus-seminar-panel-room-resource",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Bauer, Yannick";SENT-BY="mailto:ta.scheduling@novartis.com":mailto:yannick.bauer@novartis.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Léa Morel:mailto:lea.morel.bio@protonmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Huber, Katrin":mailto:katrin.huber@novartis.com
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Moser, Daniel":mailto:daniel.moser@novartis.com
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Kobayashi, Hiro":mailto:h.kobayashi@novartis.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="CH-BS WSJ-386.3.04 (Meeting Room 14p)":mailto:ch-bs-w
 sj386-3-04@novartis.com
DESCRIPTION;LANGUAGE=en-US:Scientific seminar (45 min incl. questions) followed by panel interview with
  Katrin Huber (hiring manager)\, Daniel Moser and Hiro Kobayashi. Please report to the Novartis Campus
  main gate (Fabrikstrasse 2) 15 min early to collect your badge.
UID:040000008200E00074C5B7101A82E00800000000E1F2A3B4C5D6DB0100000000000000001000000022
SUMMARY;LANGUAGE=en-US:Seminar + Panel: Léa Morel (Investigator II\, Cell Biology)
DTSTART;TZID=W. Europe Standard Time:20250225T130000
DTEND;TZID=W. Europe Standard Time:20250225T163000
DTSTAMP:20250213T092000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Novartis Campus\, WSJ-386
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
"""),
    ev("successfactors-lonza-screen", "SF-IV-88120347-lonza@successfactors.eu", 1, "Lonza",
       "Scientist II – Cell Biology (Bioconjugates)", "recruiter_screen", "corinne.imboden@lonza.com",
       "successfactors-interview-scheduling-teams-screen",
       r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + ZURICH + r"""BEGIN:VEVENT
UID:SF-IV-88120347-lonza@successfactors.eu
DTSTAMP:20250127T074501Z
DTSTART;TZID=Europe/Zurich:20250131T110000
DTEND;TZID=Europe/Zurich:20250131T113000
SUMMARY:Interview for Scientist II – Cell Biology (Bioconjugates) (Req ID 71244)
ORGANIZER;CN=Lonza Recruiting:mailto:noreply@successfactors.eu
ATTENDEE;CN=Léa Morel:mailto:lea.morel.bio@protonmail.com
ATTENDEE;CN=Corinne Imboden:mailto:corinne.imboden@lonza.com
LOCATION:MS Teams
DESCRIPTION:Dear Léa Morel\,\nYou have booked the following interview slot:\nPosition: Scientist II –
  Cell Biology (Bioconjugates)\, Visp\nInterviewer: Corinne Imboden\, Talent Acquisition\nThe Teams link
  will be sent separately.\nKind regards\, Lonza Recruiting
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("successfactors-lonza-case", "SF-IV-88120911-lonza@successfactors.eu", 1, "Lonza",
       "Scientist II – Cell Biology (Bioconjugates)", "technical", "stefan.zurbriggen@lonza.com;m.ruppen@lonza.com",
       "successfactors-case-study-technical-visp",
       r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + ZURICH + r"""BEGIN:VEVENT
UID:SF-IV-88120911-lonza@successfactors.eu
DTSTAMP:20250210T151400Z
DTSTART;TZID=Europe/Zurich:20250218T093000
DTEND;TZID=Europe/Zurich:20250218T120000
SUMMARY:Interview for Scientist II – Cell Biology (Bioconjugates) (Req ID 71244) – Case study
ORGANIZER;CN=Lonza Recruiting:mailto:noreply@successfactors.eu
ATTENDEE;CN=Léa Morel:mailto:lea.morel.bio@protonmail.com
ATTENDEE;CN=Stefan Zurbriggen:mailto:Stefan.Zurbriggen@lonza.com
ATTENDEE;CN=Martina Ruppen:mailto:M.Ruppen@lonza.com
LOCATION:Lonza Visp\, Rottenstrasse 6\, Gebäude 1014\, Empfang
DESCRIPTION:Case study: you will receive an assay-development scenario (ADC internalisation) 30 min be
 fore the interview. Please present your approach (20 min) to Stefan Zurbriggen and Martina Ruppen\, fo
 llowed by technical questions.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("successfactors-idorsia-onsite", "SF-IV-55010227-idorsia@successfactors.eu", 1, "Idorsia",
       "Scientist Drug Discovery Biology", "onsite", "f.meyer@idorsia.com;l.brunner@idorsia.com",
       "successfactors-onsite-presentation-allschwil",
       r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SF-IV-55010227-idorsia@successfactors.eu
DTSTAMP:20250403T082010Z
DTSTART:20250411T070000Z
DTEND:20250411T110000Z
SUMMARY:Vorstellungsgespräch / Interview: Scientist Drug Discovery Biology
ORGANIZER;CN=Idorsia Talent Acquisition:mailto:noreply@successfactors.eu
ATTENDEE;CN=Léa Morel:mailto:lea.morel.bio@protonmail.com
ATTENDEE;CN=Florian Meyer:mailto:f.meyer@idorsia.com
ATTENDEE;CN=Laura Brunner:mailto:l.brunner@idorsia.com
LOCATION:Idorsia\, Hegenheimermattweg 91\, 4123 Allschwil
DESCRIPTION:Programme: research presentation (30 min)\, interviews with Florian Meyer (Head of Biology)
  and Laura Brunner (HR Business Partner)\, lab tour.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("basilea-teams", "1d5e9c0a-basilea-lhonc-2025@basilea.com", 1, "Basilea", "Laboratory Head Oncology",
       "hiring_manager", "rolf.gasser@basilea.com", "outlook-teams-short-summary-job-title",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + W_EUROPE + r"""BEGIN:VEVENT
UID:1d5e9c0a-basilea-lhonc-2025@basilea.com
DTSTAMP:20250317T100000Z
DTSTART;TZID="W. Europe Standard Time":20250321T080000
DTEND;TZID="W. Europe Standard Time":20250321T090000
SUMMARY:Laboratory Head Oncology – Interview Dr. Morel
ORGANIZER;CN="Gasser Rolf":mailto:rolf.gasser@basilea.com
ATTENDEE;CN="Morel Léa";RSVP=TRUE:mailto:lea.morel.bio@protonmail.com
LOCATION:Microsoft Teams Meeting
DESCRIPTION:________________________________________________________________________________\nMicrosof
 t Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_MDk4\nMeeting ID: 384 0
 12 776 19\n________________________________________________________________________________
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("founder-gmail-meet", "2k8v0q3j5b7c9n1m4x6z8a0s2d@google.com", 1, "Kinetiq Bio", "Head of Biology",
       "hiring_manager", "marco.tanner.zh@gmail.com", "founder-on-free-mail-casual-chat-is-interview",
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + ZURICH + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20250404T173000
DTEND;TZID=Europe/Zurich:20250404T181500
DTSTAMP:20250401T201144Z
ORGANIZER;CN=Marco Tanner:mailto:marco.tanner.zh@gmail.com
UID:2k8v0q3j5b7c9n1m4x6z8a0s2d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Marco Tanner;X-NUM-GUESTS=0:mail
 to:marco.tanner.zh@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lea.morel.bio@prot
 onmail.com;X-NUM-GUESTS=0:mailto:lea.morel.bio@protonmail.com
DESCRIPTION:Hi Léa – great to connect via Martin. As written\, we're hiring our first Head of Biology a
 t Kinetiq Bio (seed round closed in Feb). Let's chat about the role\, the platform and whether you'd
  want to build the wet lab with us. Informal\, no slides needed :)\nMarco\n\nJoin with Google Meet: h
 ttps://meet.google.com/hqv-tmzr-kpo
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Léa <> Marco (Kinetiq)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("greenhouse-molecular-partners", "gh-int-3381920045@greenhouse.io", 1, "Molecular Partners",
       "Scientist, DARPin Cell Biology", "technical",
       "sarah.lindt@molecularpartners.com;j.perret@molecularpartners.com",
       "greenhouse-technical-presentation-schlieren",
       r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse//Greenhouse Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-int-3381920045@greenhouse.io
DTSTAMP:20250305T090203Z
DTSTART:20250314T090000Z
DTEND:20250314T103000Z
SUMMARY:Léa Morel – Technical Presentation (Scientist\, DARPin Cell Biology)
ORGANIZER;CN=Molecular Partners Recruiting:mailto:no-reply@greenhouse.io
ATTENDEE;CN=Léa Morel;RSVP=TRUE:mailto:lea.morel.bio@protonmail.com
ATTENDEE;CN=Sarah Lindt:mailto:sarah.lindt@molecularpartners.com
ATTENDEE;CN=Jérôme Perret:mailto:j.perret@molecularpartners.com
LOCATION:Molecular Partners AG\, Wagistrasse 14\, 8952 Schlieren
DESCRIPTION:Hi Léa\,\n\nYour onsite technical presentation has been scheduled.\n\nInterviewers: Sarah L
 indt\, Jérôme Perret\nFormat: 30-min presentation of a past project + 45 min technical discussion (assa
 y design\, flow cytometry\, internalisation).\n\nPowered by Greenhouse
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("smartrecruiters-debiopharm", "sr-interview-a83c7d1f-debiopharm@smartrecruiters.com", 1, "Debiopharm",
       "Scientifique senior – Biologie translationnelle", "", "aurelie.fontaine@debiopharm.com",
       "smartrecruiters-french-video-interview",
       r"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//SmartRecruiters Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-interview-a83c7d1f-debiopharm@smartrecruiters.com
DTSTAMP:20250219T103000Z
DTSTART:20250226T140000Z
DTEND:20250226T144500Z
SUMMARY:Entretien vidéo – Scientifique senior – Biologie translationnelle – Debiopharm
ORGANIZER;CN=Debiopharm:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Léa Morel:mailto:lea.morel.bio@protonmail.com
ATTENDEE;CN=Aurélie Fontaine:mailto:aurelie.fontaine@debiopharm.com
LOCATION:Microsoft Teams
DESCRIPTION:Bonjour Léa\,\nVotre entretien avec Aurélie Fontaine est confirmé. Lien Teams : https://team
 s.microsoft.com/l/meetup-join/19%3ameeting_ZGVi\nCordialement\,\nL'équipe Talent Acquisition\, Debiophar
 m International SA\, Lausanne
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("workday-janssen-leiden", "jnj-wd-int-20250305-99ac@myworkday.com", 1, "Janssen",
       "Scientist Vaccine Discovery", "recruiter_screen", "evanderlinden@its.jnj.com",
       "workday-amsterdam-tz-jnj-recruiter",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Workday Calendar//EN
METHOD:REQUEST
""" + AMSTERDAM + r"""BEGIN:VEVENT
UID:jnj-wd-int-20250305-99ac@myworkday.com
DTSTAMP:20250228T121212Z
DTSTART;TZID=Europe/Amsterdam:20250305T103000
DTEND;TZID=Europe/Amsterdam:20250305T110000
SUMMARY:Interview – Scientist Vaccine Discovery (R-004512) – Janssen Vaccines & Prevention B.V.
ORGANIZER;CN=Johnson & Johnson Recruiting:mailto:jnj@myworkday.com
ATTENDEE;CN=Léa Morel:mailto:lea.morel.bio@protonmail.com
ATTENDEE;CN=Eline van der Linden:mailto:EVanderlinden@its.jnj.com
LOCATION:Microsoft Teams
DESCRIPTION:Recruiter screen with Eline van der Linden (Talent Acquisition\, Leiden). Archimedesweg 4
 -6\, Leiden site. Teams link in the confirmation e-mail.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("genmab-cancelled", "040000008200E00074C5B7101A82E008000000009A8B7C6D5E4FDB0100000000000000001000000033",
       1, "Genmab", "Senior Scientist, Antibody Research", "hiring_manager", "wbakker@genmab.com",
       "method-cancel-status-cancelled-interview",
       r"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Bakker, Willem":mailto:WBakker@genmab.com
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=lea.morel.bio@protonmail.com:mailto:lea.morel.bio@protonmail.com
DESCRIPTION;LANGUAGE=en-US:Dear Léa\, unfortunately I have to cancel our interview for the Senior Scien
 tist\, Antibody Research role – the position has been put on hold after our portfolio review. Our TA t
 eam will be in touch. Apologies\, Willem
UID:040000008200E00074C5B7101A82E008000000009A8B7C6D5E4FDB0100000000000000001000000033
SUMMARY;LANGUAGE=en-US:Canceled: Interview Senior Scientist\, Antibody Research – L. Morel
DTSTART;TZID=W. Europe Standard Time:20250318T143000
DTEND;TZID=W. Europe Standard Time:20250318T153000
DTSTAMP:20250314T101502Z
STATUS:CANCELLED
SEQUENCE:1
PRIORITY:1
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:FREE
END:VEVENT
END:VCALENDAR
"""),
]
