"""holdout185 events: more industry interviews, agencies and booking tools (Léa Morel as the candidate)."""

from holdout185ev_tz import AMSTERDAM, BERLIN, GMT_STD, LONDON, PARIS, ZURICH, ev

EVENTS = [
    ev("successfactors-boehringer", "SF-IV-30077812-boehringer@successfactors.eu", 1, "Boehringer Ingelheim",
       "Laborleiter (m/w/d) Zellbiologie", "onsite", "thomas.riedle@boehringer-ingelheim.com",
       "german-successfactors-vorstellungsgespraech-biberach",
       r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//DE
VERSION:2.0
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
UID:SF-IV-30077812-boehringer@successfactors.eu
DTSTAMP:20250324T141400Z
DTSTART;TZID=Europe/Berlin:20250402T100000
DTEND;TZID=Europe/Berlin:20250402T143000
SUMMARY:Vorstellungsgespräch: Laborleiter (m/w/d) Zellbiologie – Biberach an der Riß
ORGANIZER;CN=Boehringer Ingelheim Recruiting:mailto:noreply@successfactors.eu
ATTENDEE;CN=Léa Morel:mailto:lea.morel.bio@protonmail.com
ATTENDEE;CN=Dr. Thomas Riedle:mailto:thomas.riedle@boehringer-ingelheim.com
LOCATION:Birkendorfer Str. 65\, 88400 Biberach an der Riß – Pforte Süd
DESCRIPTION:Sehr geehrte Frau Dr. Morel\,\nwir freuen uns\, Sie persönlich kennenzulernen. Ablauf: Fachv
 ortrag (30 Min.)\, Gespräch mit Dr. Thomas Riedle (Abteilungsleitung Cancer Immunology) und dem Team\,
  Laborrundgang.\nBitte bringen Sie einen Lichtbildausweis mit.\nIhr Talent Acquisition Team
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("workday-sanofi-entretien", "sanofi-wd-int-b72e10c9@myworkday.com", 1, "Sanofi",
       "Responsable de laboratoire – Biologie cellulaire", "hiring_manager", "helene.garnier@sanofi.com",
       "french-workday-entretien-manager-paris",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Workday Calendar//FR
METHOD:REQUEST
""" + PARIS + r"""BEGIN:VEVENT
UID:sanofi-wd-int-b72e10c9@myworkday.com
DTSTAMP:20250407T090909Z
DTSTART;TZID=Europe/Paris:20250416T153000
DTEND;TZID=Europe/Paris:20250416T163000
SUMMARY:Entretien avec la manager – Responsable de laboratoire – Biologie cellulaire (R2791044)
ORGANIZER;CN=Sanofi Recrutement:mailto:sanofi@myworkday.com
ATTENDEE;CN=Léa Morel:mailto:lea.morel.bio@protonmail.com
ATTENDEE;CN=Hélène Garnier:mailto:Helene.Garnier@sanofi.com
LOCATION:Teams
DESCRIPTION:Type d'entretien : entretien managérial\nCandidat(e) : Léa Morel\nIntervenante : Hélène Ga
 rnier\, Head of Cell Biology\, Vitry-sur-Seine\nLien Teams : https://teams.microsoft.com/l/meetup-joi
 n/19%3ameeting_U2Fu
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("teamtailor-servier-rh", "teamtailor-interview-5519021@teamtailor.com", 1, "Servier",
       "Chercheur·se en biologie cellulaire", "recruiter_screen", "camille.roux@servier.com",
       "french-teamtailor-entretien-rh-telephone",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:teamtailor-interview-5519021@teamtailor.com
DTSTAMP:20250120T160000Z
DTSTART:20250123T083000Z
DTEND:20250123T090000Z
SUMMARY:Entretien RH – Chercheur·se en biologie cellulaire – Servier
ORGANIZER;CN=Camille Roux:mailto:camille.roux@servier.com
ATTENDEE;CN=Léa Morel;PARTSTAT=ACCEPTED:mailto:lea.morel.bio@protonmail.com
LOCATION:Appel téléphonique
DESCRIPTION:Bonjour Léa\,\nJe vous appellerai au +41 79 512 44 08 pour un premier échange (30 min) sur
  le poste basé à l'Institut de Recherches Servier\, Paris-Saclay.\nBien à vous\,\nCamille Roux\, Chargée
  de recrutement\n\nEnvoyé via Teamtailor
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("ashby-cradle-technical", "ashby-iv-1e7c0d55-91f3-4b25-8cd0-cradle", 1, "Cradle", "Wet Lab Scientist",
       "technical", "sven@cradle.bio;noor@cradle.bio", "ashby-meet-technical-interview-utc",
       r"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-iv-1e7c0d55-91f3-4b25-8cd0-cradle
DTSTAMP:20250218T111111Z
DTSTART:20250221T100000Z
DTEND:20250221T110000Z
SUMMARY:Cradle – Wet Lab Scientist – Technical Interview w/ Léa Morel
ORGANIZER;CN=Cradle Hiring:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Léa Morel:mailto:lea.morel.bio@protonmail.com
ATTENDEE;CN=Sven de Groot:mailto:sven@cradle.bio
ATTENDEE;CN=Noor Haddad:mailto:noor@cradle.bio
LOCATION:https://meet.google.com/wqe-ppzx-rtc
DESCRIPTION:Technical Interview (60 min)\nWe'll dig into a protein expression / screening workflow you
  designed\, and walk through a short data interpretation exercise.\n\nInterviewers: Sven\, Noor\n\nSch
 eduled with Ashby
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("personio-insphero", "personio-event-83311-insphero@personio.de", 1, "InSphero",
       "Senior Scientist 3D Cell Models", "recruiter_screen", "r.kaelin@insphero.com",
       "german-personio-kennenlerngespraech",
       r"""BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//DE
VERSION:2.0
METHOD:REQUEST
""" + ZURICH + r"""BEGIN:VEVENT
UID:personio-event-83311-insphero@personio.de
DTSTAMP:20250108T100000Z
DTSTART;TZID=Europe/Zurich:20250114T083000
DTEND;TZID=Europe/Zurich:20250114T090000
SUMMARY:Kennenlerngespräch Senior Scientist 3D Cell Models – Léa Morel
ORGANIZER;CN=Regula Kälin:mailto:r.kaelin@insphero.com
ATTENDEE;CN=Léa Morel:mailto:lea.morel.bio@protonmail.com
LOCATION:Google Meet – https://meet.google.com/ffq-zuax-mmo
DESCRIPTION:Hallo Léa\, vielen Dank für deine Bewerbung! Gerne lernen wir dich in einem ersten Gespräc
 h (30 Min.) kennen. Liebe Grüsse\, Regula (People & Culture\, InSphero AG\, Schlieren)
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("workable-biognosys", "workable-evt-7f2a91c3@workablemail.com", 1, "Biognosys",
       "Scientist Proteomics Applications", "hiring_manager", "daniela.roth@biognosys.com",
       "workable-hiring-manager-video",
       r"""BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-evt-7f2a91c3@workablemail.com
DTSTAMP:20250326T130000Z
DTSTART:20250401T120000Z
DTEND:20250401T124500Z
SUMMARY:Interview: Biognosys AG – Scientist Proteomics Applications
ORGANIZER;CN=Biognosys AG:mailto:biognosys@workablemail.com
ATTENDEE;CN=Léa Morel:mailto:lea.morel.bio@protonmail.com
ATTENDEE;CN=Daniela Roth:mailto:daniela.roth@biognosys.com
LOCATION:Video call (Zoom)
DESCRIPTION:Hiring manager interview with Daniela Roth\nZoom: https://biognosys.zoom.us/j/99210044812
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("icims-charles-river", "icims-int-2025-118834@icims.com", 1, "Charles River",
       "Scientist II, Discovery Biology", "recruiter_screen", "anouk.derks@crl.com",
       "icims-phone-screen-amsterdam-tz",
       r"""BEGIN:VCALENDAR
PRODID:-//iCIMS//iCIMS Talent Platform//EN
VERSION:2.0
METHOD:REQUEST
""" + AMSTERDAM + r"""BEGIN:VEVENT
UID:icims-int-2025-118834@icims.com
DTSTAMP:20250303T090000Z
DTSTART;TZID=Europe/Amsterdam:20250307T090000
DTEND;TZID=Europe/Amsterdam:20250307T093000
SUMMARY:Phone Interview – Scientist II\, Discovery Biology (Req 2025-118834)
ORGANIZER;CN=Charles River Careers:mailto:careers-noreply@icims.com
ATTENDEE;CN=Léa Morel:mailto:lea.morel.bio@protonmail.com
ATTENDEE;CN=Anouk Derks:mailto:Anouk.Derks@crl.com
LOCATION:Phone
DESCRIPTION:Anouk Derks (Talent Acquisition Specialist\, Leiden) will call you. Charles River Laborator
 ies\, Darwinweg 24\, Leiden.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("goodtime-illumina-panel", "goodtime-4b21c8f0a9e3@goodtime.io", 1, "Illumina",
       "Staff Scientist, Applications", "onsite",
       "gwhite@illumina.com;rpatel2@illumina.com;lchen@illumina.com",
       "goodtime-virtual-onsite-london-tz",
       r"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//GoodTime//EN
VERSION:2.0
METHOD:REQUEST
""" + LONDON + r"""BEGIN:VEVENT
UID:goodtime-4b21c8f0a9e3@goodtime.io
DTSTAMP:20250404T150000Z
DTSTART;TZID=Europe/London:20250415T130000
DTEND;TZID=Europe/London:20250415T160000
SUMMARY:Illumina Virtual Onsite – Staff Scientist\, Applications – Léa Morel
ORGANIZER;CN=Illumina Recruiting Coordination:mailto:interviews@goodtime.io
ATTENDEE;CN=Léa Morel:mailto:lea.morel.bio@protonmail.com
ATTENDEE;CN=Grace White:mailto:gwhite@illumina.com
ATTENDEE;CN=Raj Patel:mailto:rpatel2@illumina.com
ATTENDEE;CN=Lin Chen:mailto:lchen@illumina.com
LOCATION:Zoom – links per session below
DESCRIPTION:Your virtual onsite agenda (times in UK time):\n13:00 Grace White – Hiring Manager\n13:45 R
 aj Patel – Technical (single-cell workflows)\n14:30 Lin Chen – Cross-functional\n15:15 Wrap-up with yo
 ur recruiter\n\nScheduled by GoodTime on behalf of Illumina\, Cambridge (UK).
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("modernloop-isomorphic", "ml-event-6c0e2f7b@modernloop.io", 1, "Isomorphic Labs",
       "Senior Scientist, Cell Biology", "technical", "a.okafor@isomorphiclabs.com",
       "modernloop-technical-deep-dive-gmt-windows-zone",
       r"""BEGIN:VCALENDAR
PRODID:-//ModernLoop//ModernLoop Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + GMT_STD + r"""BEGIN:VEVENT
UID:ml-event-6c0e2f7b@modernloop.io
DTSTAMP:20250505T100000Z
DTSTART;TZID="GMT Standard Time":20250513T140000
DTEND;TZID="GMT Standard Time":20250513T150000
SUMMARY:Isomorphic Labs | Technical deep dive | Senior Scientist\, Cell Biology
ORGANIZER;CN=Isomorphic Labs Talent:mailto:scheduling@modernloop.io
ATTENDEE;CN=Léa Morel:mailto:lea.morel.bio@protonmail.com
ATTENDEE;CN=Ada Okafor:mailto:a.okafor@isomorphiclabs.com
LOCATION:Google Meet: https://meet.google.com/bzx-rqwt-ppa
DESCRIPTION:Interviewer: Ada Okafor\nFocus: experimental design for target validation\, CRISPR screens
 \, working with ML teams.\nSent via ModernLoop
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("calendly-agency-csl", "b3f09e42-5c1a-4d3e-9f0a-calendly-hays-2025", 1, "CSL Behring",
       "Senior Scientist Cell Biology (Research)", "recruiter_screen", "fabienne.mueller@hays.ch",
       "agency-recruiter-calendly-names-client-in-body",
       r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:b3f09e42-5c1a-4d3e-9f0a-calendly-hays-2025
DTSTAMP:20250130T091500Z
DTSTART:20250204T150000Z
DTEND:20250204T152000Z
SUMMARY:Telefonat mit Fabienne Müller (Hays Life Sciences)
ORGANIZER;CN=Fabienne Müller:mailto:fabienne.mueller@hays.ch
ATTENDEE;CN=Léa Morel:mailto:lea.morel.bio@protonmail.com
LOCATION:+41 79 512 44 08
DESCRIPTION:Event Name: 20 Minute Screening\n\nPlease share anything that will help prepare for our mee
 ting.: Re your application via Hays for the Senior Scientist Cell Biology (Research) role at our client
  CSL Behring\, Bern (Wankdorf) – screening call before I present you to the hiring manager.\n\nNeed to
  make changes to this event?\nCancel: https://calendly.com/cancellations/b3f09e42\nReschedule: https://c
 alendly.com/reschedulings/b3f09e42\n\nPowered by Calendly.com
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("calcom-bright-peak", "calcom-9s8d7f6g5h4j@cal.com", 1, "Bright Peak Therapeutics", "Principal Scientist",
       "hiring_manager", "k.schmid@brightpeaktx.com", "cal-com-intro-call-with-cso",
       r"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:calcom-9s8d7f6g5h4j@cal.com
DTSTAMP:20250410T081000Z
DTSTART:20250417T073000Z
DTEND:20250417T080000Z
SUMMARY:Principal Scientist – Intro call between Katharina Schmid and Léa Morel
ORGANIZER;CN=Katharina Schmid:mailto:k.schmid@brightpeaktx.com
ATTENDEE;CN=Léa Morel;PARTSTAT=ACCEPTED:mailto:lea.morel.bio@protonmail.com
LOCATION:https://app.cal.com/video/9s8d7f6g5h4j
DESCRIPTION:What: Principal Scientist – Intro call\nInvitee time zone: Europe/Zurich\nWho: Katharina Sc
 hmid (CSO\, Bright Peak Therapeutics\, Basel) – Organizer\nLéa Morel\nAdditional notes: CV attached via
  LinkedIn.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("bookings-fmi", "AAMkAGFmaTAyNS1ib29raW5ncy1qZ2wtMDQ=@fmi.ch", 1, "FMI", "Junior Group Leader", "",
       "Petra Lindgren", "microsoft-bookings-initial-interview-director",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Bookings//EN
VERSION:2.0
METHOD:REQUEST
""" + ZURICH + r"""BEGIN:VEVENT
UID:AAMkAGFmaTAyNS1ib29raW5ncy1qZ2wtMDQ=@fmi.ch
DTSTAMP:20250114T142000Z
DTSTART;TZID=Europe/Zurich:20250122T101500
DTEND;TZID=Europe/Zurich:20250122T110000
SUMMARY:Junior Group Leader – initial interview
ORGANIZER;CN=FMI Faculty Recruitment:mailto:FMIFacultyRecruitment@fmi.ch
ATTENDEE;CN=Léa Morel:mailto:lea.morel.bio@protonmail.com
LOCATION:Microsoft Teams meeting
DESCRIPTION:Thank you for booking with FMI Faculty Recruitment.\nService: Junior Group Leader – initial
  interview\nStaff: Petra Lindgren\nJoin your appointment: https://teams.microsoft.com/l/meetup-join/19%3
 ameeting_Rk1J\nManage booking: https://outlook.office365.com/owa/calendar/FMIFacultyRecruitment@fmi.ch
 /bookings/
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("headhunter-alentis", "7c1f44e2-proclinical-morel@proclinical.com", 1, "Alentis Therapeutics",
       "Associate Director, Translational Biology", "recruiter_screen", "j.hartmann@proclinical.com",
       "headhunter-names-employer-only-in-body",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + ZURICH + r"""BEGIN:VEVENT
UID:7c1f44e2-proclinical-morel@proclinical.com
DTSTAMP:20250305T170000Z
DTSTART;TZID=Europe/Zurich:20250310T123000
DTEND;TZID=Europe/Zurich:20250310T130000
SUMMARY:Léa Morel / Proclinical – call
ORGANIZER;CN="Hartmann, Julian":mailto:J.Hartmann@proclinical.com
ATTENDEE;CN=lea.morel.bio@protonmail.com:mailto:lea.morel.bio@protonmail.com
LOCATION:Phone (I'll call your mobile)
DESCRIPTION:Hi Léa\, thanks for your time. As discussed on LinkedIn\, this is to go through the Associa
 te Director\, Translational Biology position with my client Alentis Therapeutics (Allschwil) – backgr
 ound\, motivation\, salary expectations and notice period. Best\, Julian
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("typed-acimmune-call", "9E4D2B71-0C3A-4F58-B6E1-7A2C5D8E9F03", 1, "AC Immune", "", "",
       "Ruth", "user-typed-floating-second-round-call-first-name-only",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:9E4D2B71-0C3A-4F58-B6E1-7A2C5D8E9F03
DTSTAMP:20250408T062201Z
CREATED:20250408T062155Z
DTSTART:20250409T123000
DTEND:20250409T131500
SUMMARY:AC Immune 2nd rd – call w Ruth (dir. discovery)
DESCRIPTION:she calls me. ask: tau/ASC programme\, team size\, remote days?\, Lausanne relocation
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
]
