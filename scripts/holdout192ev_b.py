# ruff: noqa: E501, W291 -- raw iCalendar text, long lines and folded lines as the tools write them
"""holdout192 events, part B: Canadian and UK employers via Greenhouse, Lever, SuccessFactors, Outlook; German and French invites."""

EVENTS = [
    dict(
        kind="greenhouse-screen",
        uid="gh-interview-48810273-3@greenhouse.io",
        interview=1,
        company="Corvid Cloud Services",
        role="Manager, Cloud Infrastructure",
        stage="recruiter_screen",
        interviewers="jess.whitfield@corvidcloud.ca",
        trap="greenhouse-zoom-recruiter-screen-toronto",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software Inc//Greenhouse Recruiting//EN
METHOD:REQUEST
@@TZ:America/Toronto@@
BEGIN:VEVENT
UID:gh-interview-48810273-3@greenhouse.io
DTSTAMP:20250919T151201Z
DTSTART;TZID=America/Toronto:20250924T110000
DTEND;TZID=America/Toronto:20250924T113000
SUMMARY:Corvid Cloud Services - Recruiter Phone Screen (Ngozi Adeyemi)
ORGANIZER;CN=Jess Whitfield:mailto:jess.whitfield@corvidcloud.ca
ATTENDEE;CN=Jess Whitfield;ROLE=CHAIR;PARTSTAT=ACCEPTED:mailto:jess.whitfield@corvidcloud.ca
ATTENDEE;CN=Ngozi Adeyemi;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ngozi.adeyemi.it@gmail.com
LOCATION:https://corvidcloud.zoom.us/j/86120934471?pwd=R2xWb0pTc2ZkL1N2
DESCRIPTION:Hi Ngozi\,\n\nThanks for your interest in the Manager\, Cloud I
 nfrastructure role at Corvid. This call is a chance for us to get to know 
 each other – we'll cover your experience\, what you're looking for\, salar
 y expectations and work authorization in Canada.\n\nJoin Zoom Meeting\nhtt
 ps://corvidcloud.zoom.us/j/86120934471?pwd=R2xWb0pTc2ZkL1N2\nMeeting ID: 8
 61 2093 4471\nPasscode: 550923\n\nOne tap mobile\n+16475580588\,\,86120934
 471# Canada\n\nJess Whitfield | Talent Partner\, Corvid Cloud Services
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="greenhouse-deep-dive",
        uid="gh-interview-48810273-7@greenhouse.io",
        interview=1,
        company="Corvid Cloud Services",
        role="Manager, Cloud Infrastructure",
        stage="technical",
        interviewers="m.larocque@corvidcloud.ca;sanjay.pillai@corvidcloud.ca",
        trap="greenhouse-technical-deep-dive-utc-times",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software Inc//Greenhouse Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-interview-48810273-7@greenhouse.io
DTSTAMP:20251002T180944Z
DTSTART:20251008T150000Z
DTEND:20251008T163000Z
SUMMARY:Interview with Corvid Cloud Services: Infrastructure Deep Dive
ORGANIZER;CN=Jess Whitfield:mailto:jess.whitfield@corvidcloud.ca
ATTENDEE;CN=Ngozi Adeyemi;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ngozi.adeyemi.it@gmail.com
ATTENDEE;CN=Mathieu Larocque;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:m.larocque@corvidcloud.ca
ATTENDEE;CN=Sanjay Pillai;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sanjay.pillai@corvidcloud.ca
LOCATION:Zoom
DESCRIPTION:Agenda\n11:00 – 11:45 Mathieu Larocque (Director\, Platform Eng
 ineering): walk us through an infrastructure migration you led end-to-end
 \n11:45 – 12:30 Sanjay Pillai (Senior SRE): troubleshooting exercise – Kub
 ernetes networking and DNS\n\nTimes above are Eastern.\n\nJoin Zoom Meetin
 g: https://corvidcloud.zoom.us/j/83309177250\nMeeting ID: 833 0917 7250
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="lever-hm",
        uid="lever-7c1e4e92-31ab-4d77-9b58-0a2f6d8e1c45",
        interview=1,
        company="Maple Ridge Credit Union",
        role="Manager, Infrastructure Operations",
        stage="hiring_manager",
        interviewers="brent.koenig@mapleridgecu.ca",
        trap="lever-hiring-manager-vancouver-zone",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Interview Scheduling//EN
METHOD:REQUEST
@@TZ:America/Vancouver@@
BEGIN:VEVENT
UID:lever-7c1e4e92-31ab-4d77-9b58-0a2f6d8e1c45
DTSTAMP:20251008T224510Z
DTSTART;TZID=America/Vancouver:20251015T080000
DTEND;TZID=America/Vancouver:20251015T084500
SUMMARY:Ngozi Adeyemi: Hiring Manager Interview - Manager\, Infrastructure Operations
ORGANIZER;CN=Carly Nguyen:mailto:carly.nguyen@mapleridgecu.ca
ATTENDEE;CN=Brent Koenig;PARTSTAT=ACCEPTED:mailto:brent.koenig@mapleridgecu.ca
ATTENDEE;CN=Ngozi Adeyemi;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ngozi.adeyemi.it@gmail.com
LOCATION:Microsoft Teams
DESCRIPTION:Hi Ngozi\, you're confirmed to meet Brent Koenig (Director\, I
 T Operations) at Maple Ridge Credit Union. 8:00 AM Pacific is 4:00 PM in L
 agos.\n\nTeams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGE
 xNzQ4\n\nScheduled by Carly Nguyen\, People & Culture Coordinator
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="successfactors",
        uid="SF-IS-000188421-0031@lakeshoreenergy.successfactors.com",
        interview=1,
        company="Lakeshore Energy",
        role="Manager, Infrastructure & Operations",
        stage="",
        interviewers="t.barkley@lakeshoreenergy.ca;nadia.sousa@lakeshoreenergy.ca",
        trap="successfactors-interview-no-stage",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
@@TZ:America/Toronto@@
BEGIN:VEVENT
UID:SF-IS-000188421-0031@lakeshoreenergy.successfactors.com
DTSTAMP:20251104T141212Z
DTSTART;TZID=America/Toronto:20251112T130000
DTEND;TZID=America/Toronto:20251112T140000
SUMMARY:Interview for Manager\, Infrastructure & Operations (Req 18842)
ORGANIZER;CN=Lakeshore Energy Careers:mailto:careers-noreply@lakeshoreenergy.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ngozi Adeyemi:mailto:ngozi.adeyemi.it@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tom Barkley:mailto:T.Barkley@lakeshoreenergy.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Nadia Sousa:mailto:nadia.sousa@lakeshoreenergy.ca
LOCATION:Microsoft Teams - link below
DESCRIPTION:Dear Ngozi\,\n\nThank you for accepting the interview time sl
 ot. Your interview details are below.\n\nPosition: Manager\, Infrastructu
 re & Operations\nRequisition: 18842\nInterviewers: Tom Barkley\, Nadia Sou
 sa\n\nJoin Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3
 ameeting_NDZkYjc3\nDial-in: +1 437-703-5523\,\,993107245#\n\nLakeshore Ene
 rgy is an equal opportunity employer. Accommodations are available on requ
 est throughout the recruitment process.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="university-interview",
        uid="040000008200E00074C5B7101A82E00800000000A0B7C2D1E3F4DC01000000000000000010000000D4E5F6A7B8C9DA0B1C2D3E4F5A6B7C8D",
        interview=1,
        company="Pennine University",
        role="Head of Infrastructure Services",
        stage="hiring_manager",
        interviewers="g.sutcliffe@pennine.ac.uk",
        trap="university-one-to-one-director-sent-by-pa",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:GMT Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Sutcliffe, Gareth";SENT-BY="mailto:itsoffice@pennine.ac.uk":mailto:g.sutcliffe@pennine.ac.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ngozi Adeyemi:mailto:ngozi.adeyemi.it@gmail.com
DESCRIPTION;LANGUAGE=en-GB:Ngozi\,\n\nFurther to your application for Head
  of Infrastructure Services (ref. PU-04417)\, Gareth Sutcliffe\, Director 
 of IT Services\, would like to meet you for a one-to-one conversation befo
 re the formal selection panel. This forms part of the selection process.\n
 \nIT Services Office\nPennine University\n\nJoin on Teams: https://teams.mi
 crosoft.com/l/meetup-join/19%3ameeting_MzVkNGE0\n
UID:040000008200E00074C5B7101A82E00800000000A0B7C2D1E3F4DC0100000000000000001
 0000000D4E5F6A7B8C9DA0B1C2D3E4F5A6B7C8D
SUMMARY;LANGUAGE=en-GB:PU-04417 Head of Infrastructure Services – 1:1 with 
 Director of IT Services
DTSTART;TZID=GMT Standard Time:20251105T093000
DTEND;TZID=GMT Standard Time:20251105T101500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251029T120510Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-round-one",
        uid="040000008200E00074C5B7101A82E0080000000055A1B0C9E2D8DB0100000000000000001000000017F3E2A1B0C9D8E7F6A5B4C3D2E1F0A9",
        interview=1,
        company="Cheapside Capital Markets",
        role="VP, Infrastructure Engineering",
        stage="technical",
        interviewers="james.whitfield@cheapsidecm.com;anil.kapoor@cheapsidecm.com",
        trap="outlook-lastname-firstname-cn-two-interviewers",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:GMT Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Whitfield, James (IT)":mailto:james.whitfield@cheapsidecm.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ngozi.adeyemi.it@gmail.com:mailto:ngozi.adeyemi.it@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kapoor, Anil (IT)":mailto:anil.kapoor@cheapsidecm.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Recruitment, Technology":mailto:techrecruitment@cheapsidecm.com
DESCRIPTION;LANGUAGE=en-GB:Technical discussion – DC exit\, network segmen
 tation\, DR for trading systems.\n\n____________________________________________
 ____________________________________\nMicrosoft Teams meeting\nJoin: https
 ://teams.microsoft.com/l/meetup-join/19%3ameeting_YTA1MWQx\nMeeting ID: 31
 9 442 580 016\nPasscode: Jk4pP2\n________________________________________________
 ________________________________\n
UID:040000008200E00074C5B7101A82E0080000000055A1B0C9E2D8DB01000000000000000010
 00000017F3E2A1B0C9D8E7F6A5B4C3D2E1F0A9
SUMMARY;LANGUAGE=en-GB:Interview: Ngozi Adeyemi (VP\, Infrastructure Engin
 eering)
DTSTART;TZID=GMT Standard Time:20251103T160000
DTEND;TZID=GMT Standard Time:20251103T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251028T101022Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-round-two",
        uid="040000008200E00074C5B7101A82E00800000000B93A0E5F1C44DC0100000000000000001000000022A9C0B1D8E7F6051F2E3D4C5B6A7980",
        interview=1,
        company="Cheapside Capital Markets",
        role="VP, Infrastructure Engineering",
        stage="final",
        interviewers="helen.marsh@cheapsidecm.com",
        trap="outlook-round-two-md-resource-room",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:GMT Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Recruitment, Technology":mailto:techrecruitment@cheapsidecm.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ngozi Adeyemi:mailto:ngozi.adeyemi.it@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Marsh, Helen (COO Technology)":mailto:helen.marsh@cheapsidecm.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="LDN 1 Poultry - 6.02 (VC)":mailto:ldn-1poultry-602@cheapsidecm.com
DESCRIPTION;LANGUAGE=en-GB:Ngozi\, please find below details for your sec
 ond and final round with Helen Marsh\, COO Technology. The interview will 
 be held over video – please join via the Teams link. If you have any ques
 tions please reply to this invitation.\n\nCheapside Capital Markets – Tech
 nology Recruitment\n\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeti
 ng_ZjU0MmE3\n
UID:040000008200E00074C5B7101A82E00800000000B93A0E5F1C44DC010000000000000000100
 0000022A9C0B1D8E7F6051F2E3D4C5B6A7980
SUMMARY;LANGUAGE=en-GB:Round 2 - Ngozi Adeyemi / Helen Marsh
DTSTART;TZID=GMT Standard Time:20251117T083000
DTEND;TZID=GMT Standard Time:20251117T091500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251111T155804Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:LDN 1 Poultry - 6.02 (VC)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="personio-de",
        uid="personio-interview-6f4d0a1b-7e2c-4b19-8d33-a9c1e5f07b26@personio.de",
        interview=1,
        company="Rheinwerk Logistik",
        role="Teamlead Cloud Platform (m/w/d)",
        stage="recruiter_screen",
        interviewers="katrin.vogel@rheinwerk-logistik.de",
        trap="personio-german-kennenlerngespraech",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
@@TZ:Europe/Berlin@@
BEGIN:VEVENT
UID:personio-interview-6f4d0a1b-7e2c-4b19-8d33-a9c1e5f07b26@personio.de
DTSTAMP:20250922T081544Z
DTSTART;TZID=Europe/Berlin:20250929T100000
DTEND;TZID=Europe/Berlin:20250929T104500
SUMMARY:Kennenlerngespräch: Teamlead Cloud Platform (m/w/d) – Ngozi Adeyemi
ORGANIZER;CN=Katrin Vogel:mailto:katrin.vogel@rheinwerk-logistik.de
ATTENDEE;CN=Ngozi Adeyemi;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ngozi.adeyemi.it@gmail.com
LOCATION:Microsoft Teams
DESCRIPTION:Hallo Ngozi\,\n\nvielen Dank für Ihre Bewerbung als Teamlead C
 loud Platform (m/w/d) für unseren Standort London. Gerne möchten wir Sie 
 in einem ersten Kennenlerngespräch (ca. 45 Minuten) näher kennenlernen. D
 as Gespräch findet auf Englisch statt.\n\nIhre Gesprächspartnerin: Katrin 
 Vogel\, Talent Acquisition\n\nLink zum Teams-Meeting: https://teams.micros
 oft.com/l/meetup-join/19%3ameeting_ODdkOWU5\n\nViele Grüße\nIhr Recruiting
 -Team der Rheinwerk Logistik GmbH
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="fachinterview",
        uid="040000008200E00074C5B7101A82E00800000000D7E8F9A0B1C2DC01000000000000000010000000E1F2A3B4C5D6E7F8A9B0C1D2E3F4A5B6",
        interview=1,
        company="Hanseatic Re",
        role="Head of Infrastructure, London Branch",
        stage="technical",
        interviewers="jens.hartmann@hanseatic-re.de;sabine.kroll@hanseatic-re.de",
        trap="outlook-german-fachinterview-w-europe-zone",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:W. Europe Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Hartmann, Dr. Jens":mailto:jens.hartmann@hanseatic-re.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ngozi.adeyemi.it@gmail.com:mailto:ngozi.adeyemi.it@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kroll, Sabine":mailto:sabine.kroll@hanseatic-re.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Adeyemi\,\n\nwie telefonisch 
 besprochen\, laden wir Sie zum Fachinterview für die Position Head of Inf
 rastructure\, London Branch ein. Gesprächspartner: Dr. Jens Hartmann (CIO
 ) und Sabine Kroll (Leiterin IT-Betrieb). Das Gespräch wird auf Englisch g
 eführt.\n\nMit freundlichen Grüßen\nJens Hartmann\n\n______________________
 __________________________________________________________\nMicrosoft Teams
 -Besprechung\nTreten Sie über Ihren Computer\, Ihre mobile App oder Ihr Ra
 umgerät bei\nHier klicken\, um an der Besprechung teilzunehmen<https://tea
 ms.microsoft.com/l/meetup-join/19%3ameeting_MTQ0ZmE2>\nBesprechungs-ID: 3
 71 902 554 118\nKennung: 8RtZ2k\n\n
UID:040000008200E00074C5B7101A82E00800000000D7E8F9A0B1C2DC01000000000000000
 010000000E1F2A3B4C5D6E7F8A9B0C1D2E3F4A5B6
SUMMARY;LANGUAGE=de-DE:Fachinterview Head of Infrastructure London – Frau 
 Adeyemi
DTSTART;TZID=W. Europe Standard Time:20251023T150000
DTEND;TZID=W. Europe Standard Time:20251023T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251016T090148Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="entrevue-telephonique",
        uid="wk-ev-2f1c33a8b9d4e6f7@apply.workable.com",
        interview=1,
        company="Groupe Boréal Assurances",
        role="Chef(fe), plateforme infonuagique",
        stage="recruiter_screen",
        interviewers="amelie.gagnon@groupeboreal.ca",
        trap="workable-quebec-french-entrevue-telephonique",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Calendar//EN
METHOD:REQUEST
@@TZ:America/Toronto@@
BEGIN:VEVENT
UID:wk-ev-2f1c33a8b9d4e6f7@apply.workable.com
DTSTAMP:20251020T134501Z
DTSTART;TZID=America/Toronto:20251027T090000
DTEND;TZID=America/Toronto:20251027T093000
SUMMARY:Entrevue téléphonique – Chef(fe)\, plateforme infonuagique – Ngozi Adeyemi
ORGANIZER;CN=Amélie Gagnon:mailto:amelie.gagnon@groupeboreal.ca
ATTENDEE;CN=Amélie Gagnon;PARTSTAT=ACCEPTED:mailto:amelie.gagnon@groupeboreal.ca
ATTENDEE;CN=Ngozi Adeyemi;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ngozi.adeyemi.it@gmail.com
LOCATION:Téléphone – Amélie vous appellera au +234 803 555 0142
DESCRIPTION:Bonjour Ngozi\,\n\nMerci de votre intérêt pour le poste de Che
 f(fe)\, plateforme infonuagique chez Groupe Boréal Assurances. Je vous pro
 pose un premier entretien téléphonique d'environ 30 minutes. L'entrevue pe
 ut se dérouler en anglais\; une connaissance fonctionnelle du français est
  un atout pour ce poste à Montréal.\n\nAu plaisir\,\nAmélie Gagnon\nConsei
 llère principale\, acquisition de talents
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="comite-selection",
        uid="wk-ev-7a90d1e2c3b4f5a6@apply.workable.com",
        interview=1,
        company="Groupe Boréal Assurances",
        role="Chef(fe), plateforme infonuagique",
        stage="onsite",
        interviewers="francois.bergeron@groupeboreal.ca;l.tshibangu@groupeboreal.ca;amelie.gagnon@groupeboreal.ca",
        trap="workable-french-comite-de-selection",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Calendar//EN
METHOD:REQUEST
@@TZ:America/Toronto@@
BEGIN:VEVENT
UID:wk-ev-7a90d1e2c3b4f5a6@apply.workable.com
DTSTAMP:20251104T195022Z
DTSTART;TZID=America/Toronto:20251113T100000
DTEND;TZID=America/Toronto:20251113T113000
SUMMARY:Entrevue avec le comité de sélection – Groupe Boréal Assurances
ORGANIZER;CN=Amélie Gagnon:mailto:amelie.gagnon@groupeboreal.ca
ATTENDEE;CN=François Bergeron;PARTSTAT=ACCEPTED:mailto:francois.bergeron@groupeboreal.ca
ATTENDEE;CN=Léa Tshibangu;PARTSTAT=ACCEPTED:mailto:L.Tshibangu@groupeboreal.ca
ATTENDEE;CN=Amélie Gagnon;PARTSTAT=ACCEPTED:mailto:amelie.gagnon@groupeboreal.ca
ATTENDEE;CN=Ngozi Adeyemi;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ngozi.adeyemi.it@gmail.com
LOCATION:Microsoft Teams
DESCRIPTION:Bonjour Ngozi\,\n\nVoici les détails de votre deuxième entrevue
 \, avec le comité de sélection :\n- François Bergeron\, directeur principa
 l\, infrastructures TI\n- Léa Tshibangu\, architecte infonuagique\n- Amél
 ie Gagnon\, acquisition de talents\n\nDéroulement : présentation de 10 min
 utes sur une migration vers l'infonuagique que vous avez dirigée\, suivie
  de questions comportementales et techniques (90 min au total).\n\nLien Te
 ams : https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ0ZGE5
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
]
