"""holdout206 events, part f: Sepro, Energy Pool, Mersen (cancelled), Idex, Eiffage, DAB Pumps, Bosch Rexroth."""

from holdout206ev_tz import ROMANCE

EVENTS = [
    {
        "kind": "jobaffinity-phone",
        "uid": "jobaffinity-rdv-298115@sepro.jobaffinity.fr",
        "is_interview": 1,
        "company": "Sepro Robotique",
        "role": "Responsable des ventes France",
        "stage": "recruiter_screen",
        "interviewers": "Aurore Baron",
        "trap": "jobaffinity-phone-no-interviewer-email",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Jobaffinity//Agenda//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:jobaffinity-rdv-298115@sepro.jobaffinity.fr
DTSTAMP:20250127T090311Z
DTSTART;TZID=Europe/Paris:20250203T120000
DTEND;TZID=Europe/Paris:20250203T123000
SUMMARY:Entretien téléphonique - Responsable des ventes France
DESCRIPTION:Bonjour Guillaume\,\n\nAurore Baron\, Responsable Recrutement
  chez Sepro Robotique (La Roche-sur-Yon)\, vous appellera pour un premier
  échange.\n\nCe rendez-vous a été planifié via Jobaffinity.
ORGANIZER;CN=Sepro Robotique:mailto:noreply@jobaffinity.fr
ATTENDEE;CN=Guillaume Le Goff;RSVP=TRUE:mailto:guillaume.legoff44@laposte.
 net
LOCATION:Téléphone
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "lever-meet",
        "uid": "lever-interview-6a9f0c3e-2b71-4e84-b5d0-energypool",
        "is_interview": 1,
        "company": "Energy Pool",
        "role": "Key Account Manager - Industrial Flexibility",
        "stage": "hiring_manager",
        "interviewers": "antoine.girard@energy-pool.eu",
        "trap": "lever-meet-hiring-manager",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-6a9f0c3e-2b71-4e84-b5d0-energypool
DTSTAMP:20250317T160045Z
DTSTART:20250320T153000Z
DTEND:20250320T163000Z
SUMMARY:Energy Pool - Entretien Manager (Key Account Manager - Industrial
  Flexibility)
DESCRIPTION:Bonjour Guillaume\,\n\nVous échangerez avec Antoine Girard\, H
 ead of Industrial Sales\, qui sera votre futur manager.\n\nGoogle Meet : h
 ttps://meet.google.com/epl-kxwa-qtr\n\nEnergy Pool - Le Bourget-du-Lac / P
 aris
ORGANIZER;CN=Energy Pool Talent:mailto:no-reply@hire.lever.co
ATTENDEE;CN=Antoine Girard;ROLE=REQ-PARTICIPANT:mailto:antoine.girard@ener
 gy-pool.eu
ATTENDEE;CN=Guillaume Le Goff;RSVP=TRUE:mailto:guillaume.legoff44@laposte.
 net
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-cancel",
        "uid": (
            "040000008200E00074C5B7101A82E00800000000C2D91B0F3E7CDB01"
            "000000000000000010000000F1E2D3C4B5A69788796A5B4C3D2E1F00"
        ),
        "is_interview": 1,
        "company": "Mersen",
        "role": "Key Account Manager Chimie & Process",
        "stage": "recruiter_screen",
        "interviewers": "caroline.henry@mersen.com",
        "trap": "outlook-method-cancel-annule",
        "ics": r"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="HENRY Caroline":mailto:caroline.henry@mersen.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=guillaume.
 legoff44@laposte.net:mailto:guillaume.legoff44@laposte.net
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Guillaume\,\n\nLe recrutement pour le p
 oste de Key Account Manager Chimie & Process est suspendu suite à une réor
 ganisation interne. Je suis désolée de devoir annuler notre entretien et
  reviendrai vers vous si le poste est rouvert.\n\nCaroline Henry\nTalent A
 cquisition - Mersen France\n
UID:040000008200E00074C5B7101A82E00800000000C2D91B0F3E7CDB0100000000000000
 0010000000F1E2D3C4B5A69788796A5B4C3D2E1F00
SUMMARY;LANGUAGE=fr-FR:Annulé : Entretien visio - KAM Chimie & Process
DTSTART;TZID=Romance Standard Time:20250313T100000
DTEND;TZID=Romance Standard Time:20250313T104500
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20250311T083300Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-IMPORTANCE:2
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "webex-dir-region",
        "uid": "webex-meeting-2697418832-idex-20250403",
        "is_interview": 1,
        "company": "Idex",
        "role": "Responsable Commercial Industrie Grand Ouest",
        "stage": "hiring_manager",
        "interviewers": "f.leguen@idex.fr",
        "trap": "webex-invite-regional-director",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Cisco Webex//Webex Meetings//FR
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:webex-meeting-2697418832-idex-20250403
DTSTAMP:20250328T111200Z
DTSTART;TZID=Europe/Paris:20250403T083000
DTEND;TZID=Europe/Paris:20250403T093000
SUMMARY:Entretien - Responsable Commercial Industrie Grand Ouest - IDEX
DESCRIPTION:Franck Le Guen\, Directeur Régional IDEX Grand Ouest\, vous in
 vite à une réunion Webex.\n\nRejoindre la réunion :\nhttps://idex.webex.c
 om/idex/j.php?MTID=m2b4c7d1e\nNuméro de la réunion : 2697 418 832\nMot de
  passe : Idex2025!\nRejoindre par téléphone : +33-1-7091-8646 France\nCod
 e d'accès : 2697 418 832
ORGANIZER;CN=Franck Le Guen:mailto:F.LeGuen@idex.fr
ATTENDEE;CN=Guillaume Le Goff;RSVP=TRUE:mailto:guillaume.legoff44@laposte.
 net
LOCATION:https://idex.webex.com/idex/j.php?MTID=m2b4c7d1e
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "gotomeeting",
        "uid": "goto-928-441-117-eiffage-gle",
        "is_interview": 1,
        "company": "Eiffage Énergie Systèmes",
        "role": "Key Account Manager Industrie Agroalimentaire",
        "stage": "",
        "interviewers": "stephanie.royer@eiffage.com;david.caillaud@eiffage.com",
        "trap": "gotomeeting-rdv-two-people-unclear",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//GoTo//GoTo Meeting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:goto-928-441-117-eiffage-gle
DTSTAMP:20250120T140022Z
DTSTART:20250127T150000Z
DTEND:20250127T160000Z
SUMMARY:RDV G. Le Goff - KAM IAA
DESCRIPTION:Entretien dans le cadre du recrutement d'un Key Account Manage
 r Industrie Agroalimentaire (Eiffage Énergie Systèmes - Ouest)\nAvec Stép
 hanie Royer (RH) et David Caillaud (Directeur de l'activité Industrie)\n\n
 Participez à ma réunion depuis votre ordinateur\, tablette ou smartphone.
 \nhttps://meet.goto.com/928441117\n\nVous pouvez aussi appeler à l'aide de
  votre téléphone.\nFrance: +33 170 950 590\nCode d'accès: 928-441-117
ORGANIZER;CN=Stéphanie Royer:mailto:stephanie.royer@eiffage.com
ATTENDEE;CN=David Caillaud;ROLE=REQ-PARTICIPANT:mailto:david.caillaud@eiff
 age.com
ATTENDEE;CN=Guillaume Le Goff;RSVP=TRUE:mailto:guillaume.legoff44@laposte.
 net
LOCATION:GoTo Meeting
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "rome-zone-english",
        "uid": "4b0s2p8q6v1c3n5m7k9h0j2lfe@google.com",
        "is_interview": 1,
        "company": "DAB Pumps",
        "role": "Area Manager France West",
        "stage": "hiring_manager",
        "interviewers": "marco.bellini@dabpumps.com",
        "trap": "italian-manager-rome-zone-english",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Rome
X-LIC-LOCATION:Europe/Rome
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
DTSTART;TZID=Europe/Rome:20250409T170000
DTEND;TZID=Europe/Rome:20250409T174500
DTSTAMP:20250404T081923Z
ORGANIZER;CN=Marco Bellini:mailto:marco.bellini@dabpumps.com
UID:4b0s2p8q6v1c3n5m7k9h0j2lfe@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=guillaume.legoff44@laposte.net;X-NUM-GUESTS=0:mailto:guillaume.le
 goff44@laposte.net
DESCRIPTION:Dear Guillaume\, as agreed with Chiara from HR\, let's have our
  interview for the Area Manager France West position. Speak soon\, Marco
  (Sales Director France & Benelux\, DAB Pumps)\n\nJoin with Google Meet: ht
 tps://meet.google.com/dab-qwer-tyu
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:DAB Pumps | Guillaume Le Goff - interview
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "sf-english-screen",
        "uid": "SFINTV-BR-3318720-20250130@boschrexroth.successfactors.eu",
        "is_interview": 1,
        "company": "Bosch Rexroth",
        "role": "Key Account Manager Industrial Hydraulics (m/f/d)",
        "stage": "recruiter_screen",
        "interviewers": "lea.hoffmann@boschrexroth.de",
        "trap": "successfactors-english-screen-floating-dtstart",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SFINTV-BR-3318720-20250130@boschrexroth.successfactors.eu
DTSTAMP:20250123T120000Z
DTSTART:20250130T143000
DTEND:20250130T150000
SEQUENCE:0
SUMMARY:Interview invitation: Key Account Manager Industrial Hydraulics (m
 /f/d)
DESCRIPTION:Dear Mr Le Goff\,\n\nWe are pleased to invite you to a first i
 nterview (telephone\, approx. 30 minutes) with Lea Hoffmann\, Talent Acqu
 isition Partner. Time shown is CET.\n\nBosch Rexroth AG\, Lohr am Main
ORGANIZER;CN=Bosch Rexroth Recruiting:mailto:noreply-interview@successfac
 tors.eu
ATTENDEE;CN=Lea Hoffmann;ROLE=REQ-PARTICIPANT:mailto:Lea.Hoffmann@boschrex
 roth.de
ATTENDEE;CN=Guillaume Le Goff;RSVP=TRUE:mailto:guillaume.legoff44@laposte.
 net
LOCATION:Telephone
END:VEVENT
END:VCALENDAR
""",
    },
]
