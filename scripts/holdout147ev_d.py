"""holdout147 events, part d: the Montreal search."""

from holdout147ev_tz import TZ_EASTERN, TZ_MONTREAL

EVENTS = [
    {
        "kind": "entrevue-rh",
        "label": {
            "uid": "icims-8842-sched-4471093@herouxdevtek.icims.com",
            "is_interview": 1,
            "company": "Héroux-Devtek",
            "role": "Ingénieur(e) qualité fournisseurs - trains d'atterrissage",
            "stage": "recruiter_screen",
            "interviewers": "genevieve.tremblay@herouxdevtek.com",
            "trap": "quebec-french-entrevue-icims-montreal-tz",
        },
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//iCIMS//iCIMS Talent Platform//EN
METHOD:REQUEST
""" + TZ_MONTREAL + r"""BEGIN:VEVENT
UID:icims-8842-sched-4471093@herouxdevtek.icims.com
DTSTAMP:20250128T194410Z
DTSTART;TZID=America/Montreal:20250203T090000
DTEND;TZID=America/Montreal:20250203T093000
SUMMARY:Entrevue téléphonique – Ingénieur(e) qualité fournisseurs – trains
  d'atterrissage (Longueuil)
DESCRIPTION:Bonjour Inès\,\n\nMerci pour votre intérêt envers Héroux-Devte
 k. Geneviève Tremblay\, conseillère en acquisition de talents\, vous appel
 lera à l'heure indiquée (heure de l'Est). Prévoyez de discuter de votre st
 atut d'immigration et de votre disponibilité.\n\nAu plaisir\,\nL'équipe Ac
 quisition de talents
LOCATION:Téléphone
ORGANIZER;CN=Geneviève Tremblay:mailto:genevieve.tremblay@herouxdevtek.com
ATTENDEE;CN=Ines Carvalho;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE:mailto:ines.carvalho31@orange.fr
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "entrevue-gestionnaire",
        "label": {
            "uid": "040000008200E00074C5B7101A82E00800000000A0D3C51E9A7FDB01000000000000000010000000"
            "E8B2F4D6013C9A4E8F72C0D4B9A6E1F3",
            "is_interview": 1,
            "company": "Héroux-Devtek",
            "role": "Ingénieur(e) qualité fournisseurs",
            "stage": "hiring_manager",
            "interviewers": "martin.gagnon@herouxdevtek.com;genevieve.tremblay@herouxdevtek.com",
            "trap": "outlook-eastern-standard-time-gestionnaire",
        },
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_EASTERN + r"""BEGIN:VEVENT
ORGANIZER;CN="Gagnon, Martin":mailto:martin.gagnon@herouxdevtek.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ines.carv
 alho31@orange.fr:mailto:ines.carvalho31@orange.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tremblay
 , Geneviève":mailto:genevieve.tremblay@herouxdevtek.com
DESCRIPTION;LANGUAGE=fr-CA:Bonjour Inès\,\n\nSuite à votre échange avec Ge
 neviève\, j'aimerais poursuivre la discussion avec vous (environ 1 h). On
  parlera de vos dossiers fournisseurs\, de nos sous-traitants en traitemen
 t de surface et de la gestion des NCR dans SAP QM.\n\nMartin Gagnon\nGesti
 onnaire\, Qualité fournisseurs\n\n________________________________________
 ________________________________________\nRéunion Microsoft Teams\nCliquez
  ici pour participer à la réunion<https://teams.microsoft.com/l/meetup-joi
 n/19%3ameeting_aGR4%40thread.v2/0>\nID de la réunion : 244 910 373 605\nCo
 de secret : Ui7gH3\nComposer par téléphone\n+1 438-801-4474\,\,209184377#
  Canada\, Montréal\n______________________________________________________
 __________________________\n
UID:040000008200E00074C5B7101A82E00800000000A0D3C51E9A7FDB0100000000000000
 0010000000E8B2F4D6013C9A4E8F72C0D4B9A6E1F3
SUMMARY;LANGUAGE=fr-CA:Entrevue - Inès Carvalho (Qualité fournisseurs)
DTSTART;TZID=Eastern Standard Time:20250214T100000
DTEND;TZID=Eastern Standard Time:20250214T110000
DTSTAMP:20250207T152218Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workday-interview",
        "label": {
            "uid": "wd-pwc-interview-R2025-01183-ef3a9c5d",
            "is_interview": 1,
            "company": "Pratt & Whitney Canada",
            "role": "Supplier Quality Engineer - Rotating Parts",
            "stage": "",
            "interviewers": "d.oconnor@pwc.ca;nadia.belkacem@pwc.ca",
            "trap": "english-workday-utc-times-two-interviewers",
        },
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday Inc.//Workday Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:wd-pwc-interview-R2025-01183-ef3a9c5d
DTSTAMP:20250219T211530Z
DTSTART:20250226T150000Z
DTEND:20250226T160000Z
SUMMARY:Interview - Supplier Quality Engineer - Rotating Parts (R2025-0118
 3)
DESCRIPTION:Hello Ines\,\n\nYour interview for Supplier Quality Engineer -
  Rotating Parts (Longueuil\, QC) has been scheduled.\n\nInterviewers:\n- D
 ermot O'Connor\, Manager Supplier Quality\n- Nadia Belkacem\, Sr. SQE\n\nM
 icrosoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_cHd
 j%40thread.v2/0\n\nAll times are shown in your local time zone. Note: a r
 ole at P&WC may require Controlled Goods Program security assessment.\n\nP
 ratt & Whitney Canada Talent Acquisition
LOCATION:Microsoft Teams
ORGANIZER;CN=P&WC Talent Acquisition:mailto:rtx@myworkday.com
ATTENDEE;CN=Ines Carvalho;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE:mailto:ines.carvalho31@orange.fr
ATTENDEE;CN=Dermot O'Connor;ROLE=REQ-PARTICIPANT:mailto:D.OConnor@pwc.ca
ATTENDEE;CN=Nadia Belkacem;ROLE=REQ-PARTICIPANT:mailto:nadia.belkacem@pwc.
 ca
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "goodtime-panel",
        "label": {
            "uid": "goodtime-evt-5f1d9a7c3b2e4086@goodtime.io",
            "is_interview": 1,
            "company": "Bombardier",
            "role": "Quality Manager, Supply Chain - Global 7500",
            "stage": "final",
            "interviewers": "sebastien.lavoie@aero.bombardier.com;karen.whitfield@aero.bombardier.com;"
            "luc.pelletier@aero.bombardier.com",
            "trap": "goodtime-final-panel-coordinator-organizer",
        },
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GoodTime.io//GoodTime Hire//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:goodtime-evt-5f1d9a7c3b2e4086@goodtime.io
DTSTAMP:20250318T140920Z
DTSTART;TZID=America/Toronto:20250325T093000
DTEND;TZID=America/Toronto:20250325T120000
SUMMARY:Bombardier | Final interviews - Ines Carvalho - Quality Manager\, S
 upply Chain
DESCRIPTION:Hi Ines\,\n\nHere is your final interview schedule (Eastern Ti
 me):\n\n09:30 - 10:15  Sébastien Lavoie\, Director Supply Chain Quality\n
 10:15 - 11:00  Karen Whitfield\, VP Operations Quality\n11:15 - 12:00  Luc
  Pelletier\, HR Business Partner\n\nZoom: https://bombardier.zoom.us/j/927
 33018845\nMeeting ID: 927 3301 8845\n\nIf anything changes\, contact me d
 irectly.\n\nOlivia Chen\nRecruiting Coordinator
LOCATION:https://bombardier.zoom.us/j/92733018845
ORGANIZER;CN=Olivia Chen:mailto:olivia.chen@aero.bombardier.com
ATTENDEE;CN=Ines Carvalho;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE:mailto:ines.carvalho31@orange.fr
ATTENDEE;CN=Sébastien Lavoie;ROLE=REQ-PARTICIPANT:mailto:sebastien.lavoie@
 aero.bombardier.com
ATTENDEE;CN=Karen Whitfield;ROLE=REQ-PARTICIPANT:mailto:karen.whitfield@ae
 ro.bombardier.com
ATTENDEE;CN=Luc Pelletier;ROLE=REQ-PARTICIPANT:mailto:luc.pelletier@aero.b
 ombardier.com
ATTENDEE;CN=Olivia Chen;ROLE=NON-PARTICIPANT:mailto:olivia.chen@aero.bomba
 rdier.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "calendly-dg",
        "label": {
            "uid": "BE2C1C9E-6F40-4E7B-9A31-3D5F8E2A7C10@calendly.com",
            "is_interview": 1,
            "company": "Usinage Laurentides",
            "role": "Directeur(trice) qualité",
            "stage": "hiring_manager",
            "interviewers": "r.bouchard@usinagelaurentides.ca",
            "trap": "calendly-booked-by-user-owner-is-employer",
        },
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:BE2C1C9E-6F40-4E7B-9A31-3D5F8E2A7C10@calendly.com
DTSTAMP:20250304T013350Z
DTSTART:20250306T140000Z
DTEND:20250306T144500Z
SUMMARY:Entrevue poste Directeur(trice) qualité - 45 min entre Réjean Bouc
 hard et Ines Carvalho
DESCRIPTION:Event Name: Entrevue poste Directeur(trice) qualité - 45 min\n
 \nLocation: This is a Google Meet web conference. Join: https://meet.goog
 le.com/wkd-pqsz-ube\n\nPlease share anything that will help prepare for ou
 r meeting.: CV envoyé par courriel le 1er mars. Disponible pour relocalis
 ation (PVT / permis de travail en cours).\n\nNeed to make changes to this
  event?\nCancel: https://calendly.com/cancellations/BE2C1C9E\nReschedule: h
 ttps://calendly.com/reschedulings/BE2C1C9E\n\nPowered by Calendly.com
LOCATION:Google Meet
ORGANIZER;CN=Réjean Bouchard:mailto:r.bouchard@usinagelaurentides.ca
ATTENDEE;CN=Ines Carvalho;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:in
 es.carvalho31@orange.fr
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "cae-meet",
        "label": {
            "uid": "4r7t2y9u1i3o5p8a0s6d2f4g1h@google.com",
            "is_interview": 1,
            "company": "CAE",
            "role": "Supplier Quality Specialist",
            "stage": "recruiter_screen",
            "interviewers": "amelie.roy@cae.com",
            "trap": "google-invite-montreal-recruiter-english-french",
        },
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250311T143000Z
DTEND:20250311T150000Z
DTSTAMP:20250306T200111Z
ORGANIZER;CN=Amélie Roy:mailto:amelie.roy@cae.com
UID:4r7t2y9u1i3o5p8a0s6d2f4g1h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Amélie
  Roy;X-NUM-GUESTS=0:mailto:amelie.roy@cae.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=ines.carvalho31@orange.fr;X-NUM-GUESTS=0:mailto:ines.carvalho31@ora
 nge.fr
DESCRIPTION:Hi Ines / Bonjour Inès\,\nQuick 30-minute intro call about th
 e Supplier Quality Specialist opening (Saint-Laurent). / Premier appel d'e
 nviron 30 minutes.\n\nJoin with Google Meet: https://meet.google.com/cae-
 rtqv-mhn\nJoin by phone\n(CA) +1 514-613-7721 PIN: 448 209 155#
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:CAE - Ines Carvalho / Amélie Roy (TA)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "biometrie-vfs",
        "label": {
            "uid": "vfs-appt-FRTLS-20250317-0930-55821@vfsglobal.com",
            "is_interview": 0,
            "company": "",
            "role": "",
            "stage": "",
            "interviewers": "",
            "trap": "visa-biometrics-appointment-canada",
        },
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//VFS Global//Appointment//EN
BEGIN:VEVENT
UID:vfs-appt-FRTLS-20250317-0930-55821@vfsglobal.com
DTSTAMP:20250303T101010Z
DTSTART;TZID=Europe/Paris:20250317T093000
DTEND;TZID=Europe/Paris:20250317T100000
SUMMARY:Rendez-vous collecte des données biométriques - Canada (CVDC Paris)
DESCRIPTION:Référence de rendez-vous : FRPA/250303/55821\nDemandeur : CARV
 ALHO INES\nMerci de vous présenter 15 minutes avant l'heure de votre rende
 z-vous avec votre passeport et la lettre d'instructions relative à la bio
 métrie (BIL).
LOCATION:CVDC Canada - Paris\, 2 bis rue de Châteaudun\, 75009 Paris
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "chasseur-sans-client",
        "label": {
            "uid": "c0ffee77-2b4a-4e51-8d3e-9a1f6b2c4e88@zoom.us",
            "is_interview": 0,
            "company": "",
            "role": "",
            "stage": "",
            "interviewers": "",
            "trap": "headhunter-intro-call-no-employer-named",
        },
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
UID:c0ffee77-2b4a-4e51-8d3e-9a1f6b2c4e88@zoom.us
DTSTAMP:20250122T184500Z
DTSTART:20250124T160000Z
DTEND:20250124T163000Z
SUMMARY:Premier contact - Inès Carvalho / Samuel Côté (Recrutement Nord-Su
 d)
DESCRIPTION:Samuel Côté vous invite à une réunion Zoom planifiée.\n\nBonjou
 r Inès\, suite à notre échange sur LinkedIn : un premier contact pour mieu
 x connaître votre parcours et vos attentes. Nous accompagnons plusieurs m
 anufacturiers aérospatiaux de la grande région de Montréal qui recrutent e
 n qualité. Aucun mandat précis pour l'instant.\n\nParticiper à la réunion
  Zoom\nhttps://us06web.zoom.us/j/81934420017?pwd=bk1oRzd\n\nID de réunion:
  819 3442 0017\nCode secret: 552901
LOCATION:https://us06web.zoom.us/j/81934420017?pwd=bk1oRzd
ORGANIZER;CN=Samuel Côté:mailto:samuel.cote@recrutementnordsud.ca
ATTENDEE;CN=ines.carvalho31@orange.fr;RSVP=TRUE:mailto:ines.carvalho31@oran
 ge.fr
END:VEVENT
END:VCALENDAR
""",
    },
]
