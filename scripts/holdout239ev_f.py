"""holdout239 events, part F: Boeing, a Canadian bilingual invite, Spanish and German invites, more districts."""

EVENTS = [
    (
        "boeing-screen",
        "wd-boeing-int-00512873-1@boeing.com",
        1, "Boeing Fire Department", "Firefighter/EMT", "recruiter_screen",
        "olivia.m.chen@boeing.com",
        "workday-phone-screen-company-fire-brigade",
        """BEGIN:VCALENDAR
PRODID:-//Workday Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
%%TZ America/Los_Angeles%%
BEGIN:VEVENT
UID:wd-boeing-int-00512873-1@boeing.com
DTSTAMP:20260204T183000Z
DTSTART;TZID=America/Los_Angeles:20260210T110000
DTEND;TZID=America/Los_Angeles:20260210T113000
SUMMARY:Boeing Phone Screen - Firefighter/EMT (00512873) - Ryan Kowalczyk
ORGANIZER;CN=Boeing Talent Acquisition:mailto:boeing@myworkday.com
ATTENDEE;CN=Ryan Kowalczyk;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:ryan.kowal
 czyk.fire@gmail.com
ATTENDEE;CN=Olivia M Chen;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:olivia.m.ch
 en@boeing.com
LOCATION:Phone
DESCRIPTION:Interview Type: Recruiter Phone Screen\\nLocation of Job: Everet
 t\\, WA (Boeing Fire Department\\, Everett site)\\nRecruiter: Olivia M Chen\\n\\
 nOlivia will call the mobile number in your candidate profile. U.S. Person
  status is required for this position.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "boeing-panel",
        "goodtime-8a1f3c5e7b9d@goodtime.io",
        1, "Boeing Fire Department", "Firefighter/EMT", "onsite",
        "gary.l.fenwick@boeing.com;angela.r.oduya@boeing.com",
        "goodtime-onsite-panel-plus-skills",
        """BEGIN:VCALENDAR
PRODID:-//GoodTime.io//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
%%TZ America/Los_Angeles%%
BEGIN:VEVENT
UID:goodtime-8a1f3c5e7b9d@goodtime.io
DTSTAMP:20260224T171000Z
DTSTART;TZID=America/Los_Angeles:20260304T090000
DTEND;TZID=America/Los_Angeles:20260304T120000
SUMMARY:Onsite Interview: Firefighter/EMT - Boeing Fire Department (Everett)
ORGANIZER;CN=Boeing Interview Scheduling:mailto:interviews@boeing.goodtime.io
ATTENDEE;CN=Ryan Kowalczyk;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:ryan.kowal
 czyk.fire@gmail.com
LOCATION:Boeing Fire Station 98\\, Everett Site - Gate E-1 lobby
DESCRIPTION:Your interview itinerary\\n\\n9:00 - 9:45  Panel interview - Gar
 y L Fenwick (Battalion Chief) <gary.l.fenwick@boeing.com> and Angela R Odu
 ya (Captain) <angela.r.oduya@boeing.com>\\n10:00 - 11:30  Hands-on skills e
 valuation (SCBA donning\\, hose advance\\, ladder raise) - bring your own tu
 rnouts and helmet\\n11:30 - 12:00  Wrap-up with Talent Acquisition\\n\\nA vi
 sitor badge will be printed at Gate E-1. Bring a government photo ID.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "dnd-entrevue",
        "GCJOBS-2026-DND-ESQ-FF-0448@forces.gc.ca",
        1, "Department of National Defence", "Firefighter / Pompier", "onsite", "",
        "bilingual-english-french-federal-canada-vancouver-zone",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
%%TZ America/Vancouver%%
BEGIN:VEVENT
UID:GCJOBS-2026-DND-ESQ-FF-0448@forces.gc.ca
DTSTAMP:20260219T230000Z
DTSTART;TZID=America/Vancouver:20260326T130000
DTEND;TZID=America/Vancouver:20260326T140000
SUMMARY:Interview - Firefighter (26-DND-EA-ESQ-448) / Entrevue - Pompier
ORGANIZER;CN="Boudreau, Chantal (DND/MDN)":mailto:chantal.boudreau@forces.
 gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Ryan Kowalczyk:mailto:ryan.kowalc
 zyk.fire@gmail.com
LOCATION:CFB Esquimalt Fire Hall / Caserne de pompiers de la BFC Esquimalt
DESCRIPTION:Good afternoon\\,\\nYou are invited to an interview for the Fire
 fighter process (26-DND-EA-ESQ-448). The board will assess the essential q
 ualifications Judgement\\, Teamwork and Effective Interactive Communication
 . You will receive the questions 15 minutes before the interview. Bring pr
 oof of citizenship or work authorization.\\n\\nBonjour\\,\\nVous êtes convoqu
 é(e) à une entrevue pour le processus Pompier (26-DND-EA-ESQ-448). Le comi
 té évaluera les qualifications essentielles Jugement\\, Travail d'équipe et
  Communication interactive efficace. Vous recevrez les questions 15 minute
 s avant l'entrevue.\\n\\nChantal Boudreau\\nConseillère en ressources humain
 es / Human Resources Advisor
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "yakima-bilingual",
        "yak-fd-2026-biling-ob-22@yakimawa.gov",
        1, "Yakima Fire Department", "Firefighter/Paramedic - Bilingual (Spanish)", "onsite",
        "Capt. Rosa Villaseñor;Lt. Ernesto Cázares",
        "spanish-language-oral-board-bilingual-track",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
%%TZ Pacific Standard Time%%
BEGIN:VEVENT
UID:yak-fd-2026-biling-ob-22@yakimawa.gov
DTSTAMP:20260401T154000Z
DTSTART;TZID=Pacific Standard Time:20260413T100000
DTEND;TZID=Pacific Standard Time:20260413T110000
SUMMARY:Entrevista oral - Bombero/Paramédico bilingüe (Candidato 22)
LOCATION:Yakima Fire Station 91\\, 401 N Front St\\, Yakima
ORGANIZER;CN="Recursos Humanos - Ciudad de Yakima":mailto:hr@yakimawa.gov
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Ryan Kowalczyk:mailto:ryan.kowalc
 zyk.fire@gmail.com
DESCRIPTION:Estimado Ryan:\\n\\nPor este medio le confirmamos su entrevista o
 ral para el puesto de Bombero/Paramédico bilingüe. La primera parte de la
  entrevista se realizará completamente en español (escenarios de atención
  al paciente y comunicación con la familia). La segunda parte será en ingl
 és.\\n\\nPanel: Capt. Rosa Villaseñor y Lt. Ernesto Cázares.\\n\\nFavor de lle
 gar 15 minutos antes.\\n\\nAtentamente\\,\\nRecursos Humanos\\, Ciudad de Yakima
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "vorstellungsgespraech",
        "personio-int-5521873-ryan-kowalczyk@rettmann-atemschutz.personio.de",
        1, "Rettmann Atemschutz", "Field Service Trainer SCBA (m/w/d) - Pacific Northwest", "hiring_manager",
        "j.albrecht@rettmann-atemschutz.de",
        "personio-german-template-us-role-berlin-zone",
        """BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//DE
VERSION:2.0
METHOD:REQUEST
%%TZ Europe/Berlin%%
BEGIN:VEVENT
UID:personio-int-5521873-ryan-kowalczyk@rettmann-atemschutz.personio.de
DTSTAMP:20260216T090500Z
DTSTART;TZID=Europe/Berlin:20260224T180000
DTEND;TZID=Europe/Berlin:20260224T184500
SUMMARY:Vorstellungsgespräch: Field Service Trainer SCBA (m/w/d) - Pacific N
 orthwest | Ryan Kowalczyk
ORGANIZER;CN=Rettmann Atemschutz GmbH:mailto:jobs@rettmann-atemschutz.perso
 nio.de
ATTENDEE;CN=Ryan Kowalczyk;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:ryan.kowal
 czyk.fire@gmail.com
ATTENDEE;CN=Jens Albrecht;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:j.albrecht@r
 ettmann-atemschutz.de
LOCATION:Microsoft Teams
DESCRIPTION:Hallo Ryan\\,\\n\\nvielen Dank für Ihre Bewerbung. Hiermit bestät
 igen wir Ihr Vorstellungsgespräch mit Jens Albrecht (Head of Training Amer
 icas).\\n\\n(English: Thank you for your application. This confirms your in
 terview with Jens Albrecht. The interview will be held in English. 18:00 B
 erlin time is 9:00 AM in Seattle.)\\n\\nTeams-Link: https://teams.microsoft.
 com/l/meetup-join/19%3ameeting_Rett44@thread.v2/0\\n\\nViele Grüße\\nIhr Rett
 mann Recruiting-Team
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "srfr-written-cpat",
        "0A9C8E7D-5B4F-4321-A0B9-C8D7E6F5A4B3",
        1, "Snohomish Regional Fire & Rescue", "Firefighter/Paramedic", "technical", "",
        "hand-typed-written-and-cpat-combined-day",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
%%TZ America/Los_Angeles%%
BEGIN:VEVENT
UID:0A9C8E7D-5B4F-4321-A0B9-C8D7E6F5A4B3
DTSTAMP:20260128T052000Z
DTSTART;TZID=America/Los_Angeles:20260221T070000
DTEND;TZID=America/Los_Angeles:20260221T140000
SUMMARY:SRFR testing - written AM / CPAT PM
LOCATION:SRFR Training Ctr\\, Lake Stevens
DESCRIPTION:Snohomish Regional FF/PM. written 0730\\, physical 1230. pack lu
 nch\\, 2 sets of gym clothes. PST score doesn't transfer for this one
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
        "lf",
    ),
    (
        "psf-board",
        "psf-rfa-int-2026-031-kowalczyk@pugetsoundfire.org",
        1, "Puget Sound Fire", "Firefighter/Paramedic", "onsite",
        "kholm@pugetsoundfire.org;rvaldez@pugetsoundfire.org;tmcbride@pugetsoundfire.org",
        "outlook-three-panelists-required-attendees",
        """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
%%TZ Pacific Standard Time%%
BEGIN:VEVENT
UID:psf-rfa-int-2026-031-kowalczyk@pugetsoundfire.org
DTSTAMP:20260303T200500Z
DTSTART;TZID=Pacific Standard Time:20260316T083000
DTEND;TZID=Pacific Standard Time:20260316T093000
SUMMARY:PSF Hiring Panel - FF/PM Candidate Kowalczyk
LOCATION:PSF HQ\\, 24611 116th Ave SE\\, Kent - Conf Rm A
ORGANIZER;CN="Dunn, Stacy":mailto:sdunn@pugetsoundfire.org
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Holm, Kristoffer":mailto:kholm@
 pugetsoundfire.org
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Valdez, Ruben":mailto:rvaldez@p
 ugetsoundfire.org
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="McBride, Tanya":mailto:tmcbride
 @pugetsoundfire.org
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=ryan.kowalczyk.fire@gmail.com:ma
 ilto:ryan.kowalczyk.fire@gmail.com
DESCRIPTION:Hiring panel for the FF/PM eligibility list. Panelists: DC Holm
 \\, Capt. Valdez\\, Capt. McBride. Stacy Dunn (HR) will meet the candidate in
  the lobby.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "ccfr",
        "ccfr-ffpm-2026-board-8@ccfr.us",
        1, "Clark-Cowlitz Fire Rescue", "Firefighter/Paramedic", "onsite", "",
        "google-export-all-day-testing-day-with-board",
        """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:ryan.kowalczyk.fire@gmail.com
X-WR-TIMEZONE:America/Los_Angeles
BEGIN:VEVENT
DTSTART;VALUE=DATE:20260402
DTEND;VALUE=DATE:20260403
DTSTAMP:20260612T035500Z
UID:ccfr-ffpm-2026-board-8@ccfr.us
CREATED:20260318T030000Z
DESCRIPTION:Clark-Cowlitz Fire Rescue FF/PM interview board\\, Ridgefield. T
 ime slot TBD - they call the night before. keep whole day open
LAST-MODIFIED:20260318T030000Z
LOCATION:CCFR Station 21\\, Ridgefield WA
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:CCFR interview board (all day hold)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "lacey",
        "lfd3-2026-ffpm-int-b4e2@laceyfire.org",
        1, "Lacey Fire District 3", "Firefighter/Paramedic", "final",
        "bsternberg@laceyfire.org",
        "fire-chief-final-interview-after-board",
        """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
%%TZ Pacific Standard Time%%
BEGIN:VEVENT
UID:lfd3-2026-ffpm-int-b4e2@laceyfire.org
DTSTAMP:20260410T215000Z
DTSTART;TZID=Pacific Standard Time:20260421T140000
DTEND;TZID=Pacific Standard Time:20260421T150000
SUMMARY:Fire Chief Interview - FF/PM - R. Kowalczyk
LOCATION:Lacey Fire HQ\\, 1231 Franz St SE
ORGANIZER;CN="Sternberg, Brian";SENT-BY="mailto:dlaroche@laceyfire.org":ma
 ilto:bsternberg@laceyfire.org
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=ryan.kowalczyk.fire@gmail.com:ma
 ilto:ryan.kowalczyk.fire@gmail.com
DESCRIPTION:Congratulations on placing in the top band of the FF/PM list. C
 hief Sternberg conducts a final interview with each candidate before condi
 tional offers are made.\\n\\nDenise LaRoche\\nExecutive Assistant to the Fire
  Chief
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "kelly-day",
        "kelly-2026-04-b-rkowalczyk@cedarvalleyfire.org",
        0, "", "", "", "",
        "kelly-day-all-day-telestaff",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//TeleStaff//Kronos Workforce TeleStaff//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:kelly-2026-04-b-rkowalczyk@cedarvalleyfire.org
DTSTAMP:20260101T080000Z
DTSTART;VALUE=DATE:20260419
DTEND;VALUE=DATE:20260420
SUMMARY:KELLY - Kowalczyk\\, R (B)
DESCRIPTION:Roster: Station 41 / E41\\nCode: KD - Kelly Day\\nHours: 24.00
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "rit-drill",
        "cvfr-trng-2026-0318-b-rit@cedarvalleyfire.org",
        0, "", "", "", "",
        "company-drill-rit-scba-target-solutions",
        """BEGIN:VCALENDAR
PRODID:-//Vector Solutions//TargetSolutions Scheduler//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:cvfr-trng-2026-0318-b-rit@cedarvalleyfire.org
DTSTAMP:20260301T120000Z
DTSTART:20260318T160000Z
DTEND:20260318T200000Z
SUMMARY:B Shift Multi-Company Drill: RIT / Firefighter Survival (SCBA)
LOCATION:CVFR Training Tower
DESCRIPTION:Course: RIT Ops & Mayday Procedures (4.0 hrs)\\nInstructor: Capt
 . E. Brandt\\nUnits: E41\\, E42\\, L41\\, BC4\\nFull PPE and SCBA\\, bring a sp
 are bottle. Drills: Mayday LUNAR\\, air management\\, SCBA emergency proced
 ures\\, window bailout (harness). Units stay in service.
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "ems-ce",
        "f7a0b3c6-ce-otep-2026-03@cedarvalleyfire.org",
        0, "", "", "", "",
        "ems-ce-otep-case-review",
        """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
%%TZ Pacific Standard Time%%
BEGIN:VEVENT
UID:f7a0b3c6-ce-otep-2026-03@cedarvalleyfire.org
DTSTAMP:20260215T171500Z
DTSTART;TZID=Pacific Standard Time:20260325T190000
DTEND;TZID=Pacific Standard Time:20260325T210000
SUMMARY:EMS CE - OTEP: Pediatric Airway + Case Review (2 hrs)
LOCATION:Station 41 day room / Teams
ORGANIZER;CN="Nguyen, Phuong (EMS Officer)":mailto:pnguyen@cedarvalleyfire.o
 rg
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="B Shift All":mailto:bshift@ceda
 rvalleyfire.org
DESCRIPTION:Quarterly OTEP for King County EMS recert credit. Ped airway sk
 ills (BVM\\, i-gel\\, suction)\\, then case review of two recent calls - no p
 atient identifiers. Sign the roster or you don't get the CE.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "spanish-class",
        "9e1c5a3b-7d2f-4e86-b0a4-c6e8f2d4b1a9",
        0, "", "", "", "",
        "spanish-for-ems-evening-class-recurring",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
CALSCALE:GREGORIAN
%%TZ America/Los_Angeles%%
BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20260113T183000
DTEND;TZID=America/Los_Angeles:20260113T203000
RRULE:FREQ=WEEKLY;COUNT=10;BYDAY=TU
DTSTAMP:20260105T210000Z
UID:9e1c5a3b-7d2f-4e86-b0a4-c6e8f2d4b1a9
DESCRIPTION:Español para personal de emergencias - Green River College (SP
 AN 110 Continuing Ed). clase 1-10. practice: ¿Dónde le duele? ¿Tiene aler
 gias? for the Yakima bilingual board
LOCATION:Green River College Kent Campus\\, Rm 204
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Spanish for EMS (clase)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
]
