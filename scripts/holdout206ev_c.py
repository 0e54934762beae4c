"""holdout206 events, part c: Xylem, Sulzer, Alfa Laval, Atlas Copco, E+H, Schneider, PAM, Fives, SPIE, Grundfos."""

from holdout206ev_tz import PARIS_GOOGLE, ROMANCE

EVENTS = [
    {
        "kind": "workday-teams",
        "uid": "WD-XYLEM-R24-0371-INT1@myworkday.com",
        "is_interview": 1,
        "company": "Xylem",
        "role": "Regional Sales Manager - Dewatering (Ouest)",
        "stage": "recruiter_screen",
        "interviewers": "sarah.benali@xylem.com",
        "trap": "workday-teams-ta-screen",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Recruiting Interview//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-XYLEM-R24-0371-INT1@myworkday.com
DTSTAMP:20250115T163040Z
DTSTART:20250122T090000Z
DTEND:20250122T093000Z
SUMMARY:Interview Scheduled: Regional Sales Manager - Dewatering (Ouest) -
  Guillaume Le Goff
DESCRIPTION:Interview Details\nCandidate: Guillaume Le Goff\nJob Requisitio
 n: R24-0371 Regional Sales Manager - Dewatering (Ouest)\nInterviewer(s):
  Sarah Benali\nLocation: Microsoft Teams\n\nBonjour Guillaume\, Sarah vous
  retrouvera sur Teams pour un premier échange de 30 minutes.\nhttps://tea
 ms.microsoft.com/l/meetup-join/19%3ameeting_eHlsZW0x
ORGANIZER;CN=Xylem Talent Acquisition:mailto:xylem@myworkday.com
ATTENDEE;CN=Sarah Benali;ROLE=REQ-PARTICIPANT:mailto:Sarah.Benali@xylem.co
 m
ATTENDEE;CN=Guillaume Le Goff;RSVP=TRUE:mailto:guillaume.legoff44@laposte.
 net
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "webex-technical",
        "uid": "sf-interview-sulzer-7720154@performancemanager5.successfactors.eu",
        "is_interview": 1,
        "company": "Sulzer",
        "role": "Sales Engineer Key Accounts - Water",
        "stage": "technical",
        "interviewers": "didier.moulin@sulzer.com",
        "trap": "webex-technical-pump-sizing-case",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Central//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:sf-interview-sulzer-7720154@performancemanager5.successfactors.eu
DTSTAMP:20250218T080000Z
DTSTART;TZID=Europe/Zurich:20250225T140000
DTEND;TZID=Europe/Zurich:20250225T153000
SUMMARY:Sulzer - Technical interview - Sales Engineer Key Accounts - Water
DESCRIPTION:Dear Guillaume\,\n\nAs discussed\, this session with Didier Mou
 lin (Application Engineering Manager\, Sulzer Pompes France) will focus o
 n a pump selection case: you will receive a short duty-point data sheet
  (flow\, head\, NPSH available\, fluid) at the start and walk us through yo
 ur selection and commercial approach. The discussion can be held in Frenc
 h.\n\nCisco Webex meeting\nhttps://sulzer.webex.com/sulzer/j.php?MTID=m8e
 0f3a2c9b\nMeeting number: 2741 553 9087\nPassword: Pump2025\nJoin by phon
 e +33-1-7091-8646 France Toll\n\nSulzer Talent Acquisition
ORGANIZER;CN=Sulzer Recruiting:mailto:noreply@sulzer.com
ATTENDEE;CN=Didier Moulin;ROLE=REQ-PARTICIPANT:mailto:didier.moulin@sulzer
 .com
ATTENDEE;CN=Guillaume Le Goff;RSVP=TRUE:mailto:guillaume.legoff44@laposte.
 net
LOCATION:Webex
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "goodtime-panel",
        "uid": "gt-evt-2f6a91c4e07b4d3b8a55c1f0e9d2a7b6@goodtime.io",
        "is_interview": 1,
        "company": "Alfa Laval",
        "role": "Key Account Manager - Food & Water, France",
        "stage": "onsite",
        "interviewers": "anders.lindqvist@alfalaval.com;marie.ferrand@alfalaval.com;tobias.nyberg@alfalaval.com",
        "trap": "goodtime-virtual-panel-english",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//GoodTime Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:gt-evt-2f6a91c4e07b4d3b8a55c1f0e9d2a7b6@goodtime.io
DTSTAMP:20250326T121502Z
DTSTART;TZID=Europe/Stockholm:20250403T090000
DTEND;TZID=Europe/Stockholm:20250403T113000
SUMMARY:Alfa Laval | Virtual Panel Interview - Key Account Manager - Food
  & Water\, France
DESCRIPTION:Hello Guillaume\,\n\nYour virtual panel interview is confirmed.
 \n\nSchedule (CET):\n09:00 - 09:45  Anders Lindqvist\, Head of Sales Food
  & Water\, Europe South\n09:45 - 10:30  Marie Ferrand\, Sales Director Fran
 ce\n10:30 - 11:30  Tobias Nyberg\, Business Development - case discussion\
 n\nJoin Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_YWxm
 YWxhdmFs\n\nScheduled by: Emma Holm\, Recruiting Coordinator (emma.holm@al
 falaval.com)\n\nNeed to reschedule? https://app.goodtime.io/candidate/resc
 hedule/2f6a91c4
ORGANIZER;CN=Emma Holm:mailto:emma.holm@alfalaval.com
ATTENDEE;CN=Anders Lindqvist;ROLE=REQ-PARTICIPANT:mailto:anders.lindqvist@
 alfalaval.com
ATTENDEE;CN=Marie Ferrand;ROLE=REQ-PARTICIPANT:mailto:marie.ferrand@alfala
 val.com
ATTENDEE;CN=Tobias Nyberg;ROLE=REQ-PARTICIPANT:mailto:tobias.nyberg@alfala
 val.com
ATTENDEE;CN=Guillaume Le Goff;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:guillau
 me.legoff44@laposte.net
LOCATION:Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "headhunter-call",
        "uid": (
            "040000008200E00074C5B7101A82E008000000003C2F81AA1E78DB01"
            "000000000000000010000000A9B0E1F3C5D742498B1E33C0D2E6F4A8"
        ),
        "is_interview": 1,
        "company": "Atlas Copco",
        "role": "Business Line Manager Compresseurs Industriels",
        "stage": "recruiter_screen",
        "interviewers": "romain.vidal@pageexecutive.com",
        "trap": "headhunter-names-employer-only-in-body",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Vidal, Romain":mailto:Romain.Vidal@pageexecutive.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=guillaume.
 legoff44@laposte.net:mailto:guillaume.legoff44@laposte.net
DESCRIPTION;LANGUAGE=fr-FR:Guillaume\,\n\nMerci pour votre temps hier. Pour
  notre entretien de qualification : il s'agit\, comme évoqué\, du poste d
 e Business Line Manager Compresseurs Industriels chez Atlas Copco Compres
 seurs (Saint-Ouen-l'Aumône)\, avec un périmètre Ouest + Île-de-France. Je
  vous appelle sur votre portable.\n\nRomain Vidal\nSenior Manager | Page
  Executive Industrie & Ingénierie\n+33 1 41 92 ** **\n
UID:040000008200E00074C5B7101A82E008000000003C2F81AA1E78DB0100000000000000
 0010000000A9B0E1F3C5D742498B1E33C0D2E6F4A8
SUMMARY;LANGUAGE=fr-FR:Point Guillaume Le Goff / Romain Vidal
DTSTART;TZID=Romance Standard Time:20250217T124500
DTEND;TZID=Romance Standard Time:20250217T133000
DTSTAMP:20250213T170155Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Téléphone
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "smartrecruiters-phone",
        "uid": "sr-7c7d2a44-0bf1-4d0e-8f6a-2e1c9b3a5d77@smartrecruiters.com",
        "is_interview": 1,
        "company": "Endress+Hauser",
        "role": "Ingénieur Commercial Grands Comptes Process - Bretagne (H/F)",
        "stage": "recruiter_screen",
        "interviewers": "claire.fournier@endress.com",
        "trap": "smartrecruiters-utc-phone-screen",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:sr-7c7d2a44-0bf1-4d0e-8f6a-2e1c9b3a5d77@smartrecruiters.com
DTSTAMP:20250109T143311Z
DTSTART:20250116T133000Z
DTEND:20250116T140000Z
SUMMARY:Entretien pour Ingénieur Commercial Grands Comptes Process - Breta
 gne (H/F) chez Endress+Hauser
DESCRIPTION:Bonjour Guillaume\,\n\nVotre entretien téléphonique avec Clair
 e Fournier est confirmé.\nElle vous appellera au +33671******58.\n\nEndres
 s+Hauser France - 3 rue du Rhin\, 68330 Huningue\n\nPowered by SmartRecru
 iters
ORGANIZER;CN=Endress+Hauser:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Claire Fournier;ROLE=REQ-PARTICIPANT:mailto:claire.fournier@en
 dress.com
ATTENDEE;CN=Guillaume Le Goff;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:guillau
 me.legoff44@laposte.net
LOCATION:Téléphone
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workday-hm",
        "uid": "WD-SE-009821Z-HM@myworkday.com",
        "is_interview": 1,
        "company": "Schneider Electric",
        "role": "Key Account Manager Water & Wastewater",
        "stage": "hiring_manager",
        "interviewers": "stephane.baudry@se.com",
        "trap": "workday-hiring-manager-x-wr-timezone",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Recruiting Interview//EN
X-WR-TIMEZONE:Europe/Paris
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-SE-009821Z-HM@myworkday.com
DTSTAMP:20250224T094211Z
DTSTART:20250306T100000Z
DTEND:20250306T110000Z
SUMMARY:Schneider Electric - Interview with Hiring Manager
DESCRIPTION:Position: Key Account Manager Water & Wastewater (009821Z)\nIn
 terviewer: Stéphane Baudry\, Segment Sales Director Water France\nFormat
 : Microsoft Teams (link below)\n\nBonjour Guillaume\, l'entretien se fera
  en français.\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_c2N
 obmVpZGVy
ORGANIZER;CN=Schneider Electric Recruiting:mailto:schneiderelectric@myworkd
 ay.com
ATTENDEE;CN=Stéphane Baudry;ROLE=REQ-PARTICIPANT:mailto:Stephane.Baudry@s
 e.com
ATTENDEE;CN=Guillaume Le Goff;RSVP=TRUE:mailto:guillaume.legoff44@laposte.
 net
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "taleo-onsite",
        "uid": "taleo-SGPAM-0041772-int-2@saint-gobain.taleo.net",
        "is_interview": 1,
        "company": "Saint-Gobain PAM",
        "role": "Responsable Commercial Régional Canalisation Ouest",
        "stage": "onsite",
        "interviewers": "laure.mathieu@saint-gobain.com;bruno.kessler@saint-gobain.com",
        "trap": "taleo-onsite-hr-and-manager",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Oracle Corporation//Taleo Enterprise//FR
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:taleo-SGPAM-0041772-int-2@saint-gobain.taleo.net
DTSTAMP:20250408T120145Z
DTSTART;TZID=Europe/Paris:20250416T090000
DTEND;TZID=Europe/Paris:20250416T120000
SUMMARY:Saint-Gobain PAM - Entretiens - Responsable Commercial Régional Ca
 nalisation Ouest
DESCRIPTION:Monsieur Le Goff\,\n\nNous vous confirmons vos entretiens à no
 tre agence régionale de Saint-Herblain :\n- 9h00 : Laure Mathieu\, Respon
 sable RH Commerce France\n- 10h00 : Bruno Kessler\, Directeur Régional Ou
 est\n- 11h00 : visite du dépôt\n\nAdresse : 2 rue Olympe de Gouges\, 4480
 0 Saint-Herblain\n\nSaint-Gobain PAM Canalisation
ORGANIZER;CN="Saint-Gobain Recrutement":mailto:no-reply@saint-gobain.taleo
 .net
ATTENDEE;CN="Laure Mathieu";ROLE=REQ-PARTICIPANT:mailto:laure.mathieu@sain
 t-gobain.com
ATTENDEE;CN="Bruno Kessler";ROLE=REQ-PARTICIPANT:mailto:bruno.kessler@sain
 t-gobain.com
ATTENDEE;CN="LE GOFF Guillaume";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:guil
 laume.legoff44@laposte.net
LOCATION:Saint-Herblain
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "paris-final",
        "uid": (
            "040000008200E00074C5B7101A82E00800000000E8C3F4117E82DB01"
            "000000000000000010000000C1A2B3D4E5F60718293A4B5C6D7E8F90"
        ),
        "is_interview": 1,
        "company": "Fives",
        "role": "Sales Manager - Process Equipment",
        "stage": "final",
        "interviewers": "philippe.arnaud@fivesgroup.com",
        "trap": "outlook-final-paris-with-assistant",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="ARNAUD Philippe";SENT-BY="mailto:sylvie.petit@fivesgroup.com
 ":mailto:philippe.arnaud@fivesgroup.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=guillaume.
 legoff44@laposte.net:mailto:guillaume.legoff44@laposte.net
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="PETIT Sylvie"
 :mailto:sylvie.petit@fivesgroup.com
DESCRIPTION;LANGUAGE=fr-FR:Monsieur\,\n\nM. Philippe Arnaud\, Directeur Gé
 néral de la Business Line Process\, vous recevra pour un dernier entretien
  au siège du groupe\, 3 rue Drouot\, 75009 Paris (se présenter à l'accuei
 l au 2e étage).\n\nSylvie Petit\nAssistante de Direction\n
UID:040000008200E00074C5B7101A82E00800000000E8C3F4117E82DB0100000000000000
 0010000000C1A2B3D4E5F60718293A4B5C6D7E8F90
SUMMARY;LANGUAGE=fr-FR:RDV M. Arnaud / M. Le Goff
DTSTART;TZID=Romance Standard Time:20250513T150000
DTEND;TZID=Romance Standard Time:20250513T160000
DTSTAMP:20250505T082215Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Fives - 3 rue Drouot - Paris 9e
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "jobaffinity-zoom",
        "uid": "jobaffinity-rdv-311842@spie.jobaffinity.fr",
        "is_interview": 1,
        "company": "SPIE Industrie",
        "role": "Responsable Développement Commercial Industrie Ouest",
        "stage": "hiring_manager",
        "interviewers": "nicolas.bertin@spie.com",
        "trap": "jobaffinity-zoom-agency-director",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Jobaffinity//Agenda//FR
METHOD:REQUEST
""" + PARIS_GOOGLE + r"""BEGIN:VEVENT
UID:jobaffinity-rdv-311842@spie.jobaffinity.fr
DTSTAMP:20250312T111000Z
DTSTART;TZID=Europe/Paris:20250318T083000
DTEND;TZID=Europe/Paris:20250318T093000
SUMMARY:Rendez-vous : Responsable Développement Commercial Industrie Ouest
  - SPIE Industrie
DESCRIPTION:Bonjour Guillaume\,\n\nNicolas Bertin\, Directeur d'agence SPIE
  Industrie Nantes\, vous rencontrera en visioconférence Zoom.\n\nRejoindre
  la réunion Zoom\nhttps://spie.zoom.us/j/84120975531?pwd=Ukl0TnJZ\nID de
  réunion : 841 2097 5531\nCode secret : 662104\n\nCe rendez-vous a été pla
 nifié via Jobaffinity.
ORGANIZER;CN=SPIE Recrutement:mailto:noreply@jobaffinity.fr
ATTENDEE;CN=Nicolas Bertin;ROLE=REQ-PARTICIPANT:mailto:nicolas.bertin@spie
 .com
ATTENDEE;CN=Guillaume Le Goff;RSVP=TRUE:mailto:guillaume.legoff44@laposte.
 net
LOCATION:Zoom
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "copenhagen-video",
        "uid": "WD-GRUNDFOS-R0018344-1@myworkday.com",
        "is_interview": 1,
        "company": "Grundfos",
        "role": "Key Account Manager, Industry - France West",
        "stage": "recruiter_screen",
        "interviewers": "mks@grundfos.com",
        "trap": "english-video-screen-copenhagen-zone",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Recruiting Interview//EN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Copenhagen
BEGIN:STANDARD
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
UID:WD-GRUNDFOS-R0018344-1@myworkday.com
DTSTAMP:20250128T081233Z
DTSTART;TZID=Europe/Copenhagen:20250204T100000
DTEND;TZID=Europe/Copenhagen:20250204T104500
SUMMARY:Video interview - Grundfos - Key Account Manager\, Industry - Fran
 ce West
DESCRIPTION:Dear Guillaume\,\n\nThank you for your application. Mette Kjær
  Sørensen\, Talent Acquisition Partner\, would like to have a first conve
 rsation with you (in English).\n\nTeams link: https://teams.microsoft.com/
 l/meetup-join/19%3ameeting_Z3J1bmRmb3M\n\nBest regards\,\nGrundfos Talent
  Acquisition\, Bjerringbro
ORGANIZER;CN=Grundfos Careers:mailto:grundfos@myworkday.com
ATTENDEE;CN=Mette Kjær Sørensen;ROLE=REQ-PARTICIPANT:mailto:MKS@grundfos.
 com
ATTENDEE;CN=Guillaume Le Goff;RSVP=TRUE:mailto:guillaume.legoff44@laposte.
 net
END:VEVENT
END:VCALENDAR
""",
    },
]
