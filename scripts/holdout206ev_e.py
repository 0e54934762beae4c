"""holdout206 events, part e: Samsara, Watts, Sermeta, Ouest Pompes Services, Capteo, Optiflux, ENGIE, Lhyfe."""

from holdout206ev_tz import PARIS_GOOGLE

EVENTS = [
    {
        "kind": "modernloop",
        "uid": "ml-3c0b9a1e-6f24-4e58-b7d9-1a2b3c4d5e6f@modernloop.io",
        "is_interview": 1,
        "company": "Samsara",
        "role": "Account Executive, Industrial - France",
        "stage": "hiring_manager",
        "interviewers": "ben.carter@samsara.com",
        "trap": "modernloop-english-hiring-manager",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//ModernLoop//Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ml-3c0b9a1e-6f24-4e58-b7d9-1a2b3c4d5e6f@modernloop.io
DTSTAMP:20250403T221144Z
DTSTART:20250410T140000Z
DTEND:20250410T144500Z
SUMMARY:Samsara Interview: Guillaume Le Goff - Account Executive\, Industr
 ial - France
DESCRIPTION:Hi Guillaume\,\n\nYou're confirmed for your interview with Sam
 sara!\n\nInterviewer: Ben Carter\, Regional Vice President\, Sales EMEA (h
 iring manager)\nFormat: Zoom video\, 45 minutes\nJoin: https://samsara.zo
 om.us/j/96610342118\n\nQuestions? Reply to your recruiter\, Ashley Gomez.\
 n\nScheduled with ModernLoop
ORGANIZER;CN=Samsara Recruiting:mailto:interviews@samsara.com
ATTENDEE;CN=Ben Carter;ROLE=REQ-PARTICIPANT:mailto:ben.carter@samsara.com
ATTENDEE;CN=Guillaume Le Goff;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:guilla
 ume.legoff44@laposte.net
LOCATION:Zoom
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "icims-phone",
        "uid": "icims-int-2025-1182-55013@careers-wattswater.icims.com",
        "is_interview": 1,
        "company": "Watts",
        "role": "Regional Sales Manager France West",
        "stage": "recruiter_screen",
        "interviewers": "marion.lefort@wattswater.com",
        "trap": "icims-phone-screen-english-title",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//iCIMS//iCIMS Talent Platform//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:icims-int-2025-1182-55013@careers-wattswater.icims.com
DTSTAMP:20250210T150102Z
DTSTART;TZID=Europe/Paris:20250214T093000
DTEND;TZID=Europe/Paris:20250214T100000
SUMMARY:Phone Interview - Regional Sales Manager France West (2025-1182)
DESCRIPTION:Dear Guillaume\,\n\nThis confirms your phone interview with Ma
 rion Lefort\, HR Manager France\, Watts Industries France (Plan d'Orgon).
  Marion will call you in French.\n\nRegards\,\nWatts Water Technologies T
 alent Acquisition
ORGANIZER;CN=Watts Careers:mailto:donotreply@icims.com
ATTENDEE;CN=Marion Lefort;ROLE=REQ-PARTICIPANT:mailto:Marion.Lefort@wattsw
 ater.com
ATTENDEE;CN=Guillaume Le Goff;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:guilla
 ume.legoff44@laposte.net
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workable-video",
        "uid": "workable-event-7e1f8c02a9@sermeta.workable.com",
        "is_interview": 1,
        "company": "Sermeta",
        "role": "Responsable commercial grands comptes OEM",
        "stage": "recruiter_screen",
        "interviewers": "gwenaelle.kerleroux@sermeta.com",
        "trap": "workable-video-interview-brittany",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-event-7e1f8c02a9@sermeta.workable.com
DTSTAMP:20250303T101010Z
DTSTART:20250307T100000Z
DTEND:20250307T104500Z
SUMMARY:Video interview with SERMETA
DESCRIPTION:Hi Guillaume\,\n\nYou have a video interview with Gwenaëlle Ke
 rleroux (Responsable RH) for the Responsable commercial grands comptes OE
 M position.\n\nJoin: https://meet.google.com/sme-rtfa-kmx\n\nSERMETA - Mo
 rlaix
ORGANIZER;CN=SERMETA:mailto:noreply@workablemail.com
ATTENDEE;CN=Gwenaëlle Kerleroux;ROLE=REQ-PARTICIPANT:mailto:gwenaelle.kerl
 eroux@sermeta.com
ATTENDEE;CN=Guillaume Le Goff;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:guilla
 ume.legoff44@laposte.net
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "calendly-gerant",
        "uid": "BDHFK7QJ2XZ5NW4E@calendly.com",
        "is_interview": 1,
        "company": "Ouest Pompes Services",
        "role": "Directeur commercial",
        "stage": "hiring_manager",
        "interviewers": "p.rialland@ouest-pompes-services.fr",
        "trap": "calendly-sme-owner-director-role",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:BDHFK7QJ2XZ5NW4E@calendly.com
DTSTAMP:20250121T081530Z
DTSTART:20250124T073000Z
DTEND:20250124T081500Z
SUMMARY:Entretien Directeur commercial entre Patrick Rialland et Guillaume
  Le Goff
DESCRIPTION:Nom de l'événement : Entretien Directeur commercial\n\nLieu :
  OPS - 7 rue de la Garde\, 44800 Saint-Herblain\n\nInvité : Guillaume Le G
 off (guillaume.legoff44@laposte.net)\n\nNotes de l'invité : Bonjour\, suit
 e à notre échange téléphonique de mardi. Guillaume\n\nAfficher l'événem
 ent dans Calendly : https://calendly.com/events/BDHFK7QJ2XZ5NW4E\n\nCe rd
 v est planifié par Calendly.
ORGANIZER;CN=Patrick Rialland:mailto:p.rialland@ouest-pompes-services.fr
ATTENDEE;CN=Guillaume Le Goff;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:guilla
 ume.legoff44@laposte.net
LOCATION:OPS - 7 rue de la Garde\, 44800 Saint-Herblain
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "calcom-founder",
        "uid": "calcom-booking-xT4m9pQ2vR7s",
        "is_interview": 1,
        "company": "Capteo",
        "role": "Head of Sales",
        "stage": "hiring_manager",
        "interviewers": "clement.jaouen@gmail.com",
        "trap": "founder-free-mail-cal-com-cafe-wording",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:calcom-booking-xT4m9pQ2vR7s
DTSTAMP:20250224T201205Z
DTSTART:20250228T080000Z
DTEND:20250228T090000Z
SUMMARY:Café Capteo x Guillaume
DESCRIPTION:Réservé via cal.com/clement-capteo/cafe\n\nQui : Clément Jaoue
 n (organisateur)\, Guillaume Le Goff\n\nNote de l'organisateur : Hello Gu
 illaume\, ravi que le poste de Head of Sales t'intéresse ! On prend un ca
 fé à la Cantine Numérique pour que je te présente Capteo (capteurs de vib
 ration pour pompes et moteurs) et qu'on voie si ça matche. Clément\n\nAnn
 uler ou replanifier : https://cal.com/booking/xT4m9pQ2vR7s
ORGANIZER;CN=Clément Jaouen:mailto:clement.jaouen@gmail.com
ATTENDEE;CN=Guillaume Le Goff;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:guilla
 ume.legoff44@laposte.net
LOCATION:La Cantine\, 11 rue La Noue Bras de Fer\, Nantes
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "ashby-exercise",
        "uid": "ashby-interview-event-0c5e7a21-f3b9-4d60-9a18-77e6b2c1d4f0",
        "is_interview": 1,
        "company": "Optiflux",
        "role": "Enterprise Sales Manager - Industry",
        "stage": "technical",
        "interviewers": "nina.abadie@optiflux.io;jules.martin@optiflux.io",
        "trap": "ashby-sales-pitch-exercise",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-interview-event-0c5e7a21-f3b9-4d60-9a18-77e6b2c1d4f0
DTSTAMP:20250415T103322Z
DTSTART:20250422T123000Z
DTEND:20250422T133000Z
SUMMARY:Optiflux | Sales Exercise (Mock Discovery Call) - Guillaume Le Gof
 f
DESCRIPTION:Hi Guillaume\,\n\nFor this stage of the Enterprise Sales Manag
 er - Industry process\, you'll run a 30-minute discovery call with Nina (p
 laying the plant manager of a dairy site)\, followed by 20 min of feedback
  with Jules. Brief attached to the email.\n\nInterviewers: Nina Abadie (Ac
 count Executive)\, Jules Martin (Head of Sales)\n\nGoogle Meet: https://me
 et.google.com/opf-xqzw-lkt\n\nPowered by Ashby
ORGANIZER;CN=Optiflux Recruiting:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Nina Abadie;ROLE=REQ-PARTICIPANT:mailto:nina.abadie@optiflux.i
 o
ATTENDEE;CN=Jules Martin;ROLE=REQ-PARTICIPANT:mailto:jules.martin@optiflux
 .io
ATTENDEE;CN=Guillaume Le Goff;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:guilla
 ume.legoff44@laposte.net
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "bookings",
        "uid": "AAMkADk1YzFiZTI3LWJvb2tpbmdzLWVuZ2llLW91ZXN0LTIwMjUwMzI0",
        "is_interview": 1,
        "company": "ENGIE Solutions",
        "role": "Responsable Commercial Industrie",
        "stage": "recruiter_screen",
        "interviewers": "helene.coutant@engie.com",
        "trap": "microsoft-bookings-candidate-booked",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Romance Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=ENGIE Solutions Recrutement Ouest:mailto:RecrutementOuest@en
 gie.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Guillaume
  Le Goff:mailto:guillaume.legoff44@laposte.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Hélène Couta
 nt:mailto:helene.coutant@engie.com
DESCRIPTION;LANGUAGE=fr-FR:Votre rendez-vous est confirmé.\n\nService : En
 tretien de recrutement - Responsable Commercial Industrie\nMembre du pers
 onnel : Hélène Coutant\n\nRejoindre la réunion Teams : https://teams.micr
 osoft.com/l/meetup-join/19%3ameeting_ZW5naWU\n\nPour modifier ou annuler
  : https://outlook.office365.com/owa/calendar/RecrutementOuest@engie.onmicr
 osoft.com/bookings/\n
UID:AAMkADk1YzFiZTI3LWJvb2tpbmdzLWVuZ2llLW91ZXN0LTIwMjUwMzI0
SUMMARY;LANGUAGE=fr-FR:Entretien de recrutement - Responsable Commercial In
 dustrie
DTSTART;TZID=Romance Standard Time:20250324T110000
DTEND;TZID=Romance Standard Time:20250324T114500
DTSTAMP:20250318T172010Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "wttj-visio",
        "uid": "wttj-meeting-41d7b6e2-0c88-4f3a-91d5-lhyfe",
        "is_interview": 1,
        "company": "Lhyfe",
        "role": "Key Account Manager Industrie (H/F)",
        "stage": "",
        "interviewers": "maelle.provost@lhyfe.com",
        "trap": "wttj-visio-echange-no-clear-stage",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Welcome to the Jungle//Recruitment//FR
METHOD:REQUEST
""" + PARIS_GOOGLE + r"""BEGIN:VEVENT
UID:wttj-meeting-41d7b6e2-0c88-4f3a-91d5-lhyfe
DTSTAMP:20250502T141500Z
DTSTART;TZID=Europe/Paris:20250506T170000
DTEND;TZID=Europe/Paris:20250506T174500
SUMMARY:Échange avec Lhyfe - Key Account Manager Industrie (H/F)
DESCRIPTION:Bonjour Guillaume\,\n\nMaëlle Provost vous retrouvera en visio
 pour échanger sur votre candidature.\nLien : https://meet.google.com/lhy-
 fexx-ndt\n\nL'équipe Lhyfe via Welcome to the Jungle
ORGANIZER;CN=Lhyfe:mailto:no-reply@welcometothejungle.com
ATTENDEE;CN=Maëlle Provost;ROLE=REQ-PARTICIPANT:mailto:maelle.provost@lhy
 fe.com
ATTENDEE;CN=Guillaume Le Goff;RSVP=TRUE:mailto:guillaume.legoff44@laposte.
 net
LOCATION:Visio
END:VEVENT
END:VCALENDAR
""",
    },
]
