"""holdout147 events, part a: Liebherr-Aerospace, Airbus, Safran Nacelles."""

from holdout147ev_tz import TZ_ROMANCE

EVENTS = [
    {
        "kind": "successfactors-screen",
        "label": {
            "uid": "SFINT-7c1e0b62-4a5d-4f0e-9d43-liebherr-108842",
            "is_interview": 1,
            "company": "Liebherr-Aerospace Toulouse",
            "role": "Ingénieur Qualité Fournisseurs (H/F)",
            "stage": "recruiter_screen",
            "interviewers": "nathalie.ferrand@liebherr.com",
            "trap": "successfactors-phone-screen-french",
        },
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SFINT-7c1e0b62-4a5d-4f0e-9d43-liebherr-108842
DTSTAMP:20250113T091522Z
DTSTART:20250116T083000Z
DTEND:20250116T090000Z
SUMMARY:Entretien téléphonique - Ingénieur Qualité Fournisseurs (H/F) - Li
 ebherr-Aerospace Toulouse SAS
DESCRIPTION:Bonjour Inès\,\n\nSuite à votre candidature au poste d'Ingénie
 ur Qualité Fournisseurs (H/F) (réf. 108842)\, nous avons le plaisir de vou
 s confirmer un premier échange téléphonique avec Nathalie Ferrand\, Chargé
 e de recrutement.\n\nNathalie vous appellera au numéro indiqué dans votre
 candidature (+33 6 71 22 48 09).\n\nDurée : 30 minutes\n\nCordialement\,\n
 Liebherr-Aerospace Toulouse SAS\n408 avenue des États-Unis\, 31016 Toulous
 e\n\nCe message a été généré automatiquement. Merci de ne pas y répondre.
LOCATION:Téléphone
ORGANIZER;CN=Nathalie Ferrand:mailto:nathalie.ferrand@liebherr.com
ATTENDEE;CN=Ines Carvalho;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE:mailto:ines.carvalho31@orange.fr
ATTENDEE;CN=Nathalie Ferrand;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto
 :nathalie.ferrand@liebherr.com
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-onsite",
        "label": {
            "uid": "040000008200E00074C5B7101A82E00800000000B0E1C7C8F46ADB01000000000000000010000000"
            "5D3A2E9A4B1C0F4DA4C3C1D5E7F80921",
            "is_interview": 1,
            "company": "Liebherr-Aerospace Toulouse",
            "role": "Ingénieur Qualité Fournisseurs",
            "stage": "onsite",
            "interviewers": "stephane.mauri@liebherr.com;nathalie.ferrand@liebherr.com;ana.gomez@liebherr.com",
            "trap": "outlook-onsite-rencontre-operationnels-room",
        },
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Mauri, Stephane":mailto:stephane.mauri@liebherr.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ines.carv
 alho31@orange.fr:mailto:ines.carvalho31@orange.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ferrand,
  Nathalie":mailto:nathalie.ferrand@liebherr.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gomez, A
 na":mailto:ana.gomez@liebherr.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="LAT-TLS Bat B
  Salle Montaudran (8)":mailto:lat-tls-salle-montaudran@liebherr.com
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Madame Carvalho\,\n\nComme convenu avec
 Nathalie\, je vous propose de nous rencontrer sur site pour un second entr
 etien.\n\nDéroulé :\n- 9h00 échange avec moi-même (responsable Qualité Ach
 ats) et Nathalie Ferrand (RH)\n- 10h00 rencontre opérationnels : Ana Gomez
 \, acheteuse famille usinage\n- 10h45 visite de l'atelier échangeurs\n\nMe
 rci de vous présenter à l'accueil du bâtiment B avec une pièce d'identité
 (badge visiteur).\n\nBien cordialement\,\nStéphane Mauri\n\n
UID:040000008200E00074C5B7101A82E00800000000B0E1C7C8F46ADB0100000000000000
 00100000005D3A2E9A4B1C0F4DA4C3C1D5E7F80921
SUMMARY;LANGUAGE=fr-FR:Entretien Ingénieur Qualité Fournisseurs - Mme Carv
 alho
DTSTART;TZID=Romance Standard Time:20250204T090000
DTEND;TZID=Romance Standard Time:20250204T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250122T143307Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:LAT-TLS Bat B Salle Montaudran (8)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "teams-final",
        "label": {
            "uid": "040000008200E00074C5B7101A82E0080000000022F8A1D1C185DB01000000000000000010000000"
            "A17B04C2E95D3E4C8B0F6E21C44D7A10",
            "is_interview": 1,
            "company": "Liebherr-Aerospace Toulouse",
            "role": "Ingénieur Qualité Fournisseurs",
            "stage": "final",
            "interviewers": "philippe.dornier@liebherr.com;stephane.mauri@liebherr.com",
            "trap": "outlook-final-direction-original-before-reschedule",
        },
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Mauri, Stephane":mailto:stephane.mauri@liebherr.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ines.carv
 alho31@orange.fr:mailto:ines.carvalho31@orange.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Dornier,
  Philippe":mailto:philippe.dornier@liebherr.com
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Inès\,\n\nPour la dernière étape\, Phil
 ippe Dornier\, Directeur Qualité\, souhaite échanger avec vous. Je serai é
 galement présent.\n\n______________________________________________________
 __________________________\nRéunion Microsoft Teams\nRejoindre sur votre o
 rdinateur\, votre application mobile ou votre appareil de salle\nCliquez i
 ci pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%
 3ameeting_NzQ2YjE0ZTQtYzA1Mi00N2QxLWE2OWMtOGQ3ZmRmOWFmYjQ1%40thread.v2/0?
 context=%7b%22Tid%22%3a%22e1b5%22%7d>\nID de la réunion : 341 882 905 117\
 nCode secret : 7Gz9Lp\n\nOu appelez à partir de votre téléphone\n+33 1 70
 37 97 29\,\,612840553# France\, Paris\n\nPour en savoir plus | Options de r
 éunion\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000022F8A1D1C185DB0100000000000000
 0010000000A17B04C2E95D3E4C8B0F6E21C44D7A10
SUMMARY;LANGUAGE=fr-FR:Entretien Direction Qualité - I. Carvalho
DTSTART;TZID=Romance Standard Time:20250304T140000
DTEND;TZID=Romance Standard Time:20250304T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250224T101144Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join
 /19%3ameeting_NzQ2YjE0ZTQtYzA1Mi00N2QxLWE2OWMtOGQ3ZmRmOWFmYjQ1%40thread.v
 2/0
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:i.teams@liebherr.com\;gruu\;opaq
 ue=app:conf:focus:id:teams:2:0!19:meeting_NzQ2YjE0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "teams-rescheduled",
        "label": {
            "uid": "040000008200E00074C5B7101A82E0080000000022F8A1D1C185DB01000000000000000010000000"
            "A17B04C2E95D3E4C8B0F6E21C44D7A10",
            "is_interview": 1,
            "company": "Liebherr-Aerospace Toulouse",
            "role": "Ingénieur Qualité Fournisseurs",
            "stage": "final",
            "interviewers": "philippe.dornier@liebherr.com;stephane.mauri@liebherr.com",
            "trap": "outlook-final-rescheduled-higher-sequence",
        },
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Mauri, Stephane":mailto:stephane.mauri@liebherr.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ines.carv
 alho31@orange.fr:mailto:ines.carvalho31@orange.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Dornier, Phi
 lippe":mailto:philippe.dornier@liebherr.com
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Inès\,\n\nPhilippe est retenu chez un c
 lient mardi : je décale notre échange à jeudi même heure. Désolé pour le c
 hangement.\n\nStéphane\n\n_________________________________________________
 _______________________________\nRéunion Microsoft Teams\nCliquez ici pour
  rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeti
 ng_NzQ2YjE0ZTQtYzA1Mi00N2QxLWE2OWMtOGQ3ZmRmOWFmYjQ1%40thread.v2/0>\nID de
 la réunion : 341 882 905 117\nCode secret : 7Gz9Lp\n_____________________
 ___________________________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000022F8A1D1C185DB0100000000000000
 0010000000A17B04C2E95D3E4C8B0F6E21C44D7A10
SUMMARY;LANGUAGE=fr-FR:Entretien Direction Qualité - I. Carvalho
DTSTART;TZID=Romance Standard Time:20250306T140000
DTEND;TZID=Romance Standard Time:20250306T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250303T170512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "prep-block",
        "label": {
            "uid": "6E0C9B1A-22D4-4C8F-9F11-5B7A3D0E4C21",
            "is_interview": 0,
            "company": "",
            "role": "",
            "stage": "",
            "interviewers": "",
            "trap": "prep-block-names-company-and-interviewers",
        },
        "crlf": False,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.6.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:6E0C9B1A-22D4-4C8F-9F11-5B7A3D0E4C21
DTSTAMP:20250302T203011Z
CREATED:20250302T203009Z
LAST-MODIFIED:20250302T203011Z
DTSTART;TZID=Europe/Paris:20250305T193000
DTEND;TZID=Europe/Paris:20250305T210000
SUMMARY:Prépa entretien Liebherr (Dornier)
DESCRIPTION:relire notes Mauri\nexemples : litige fournisseur forge -> 8D
 \, PPAP rev C\, plan surveillance\nquestions à poser : orga SQA\, nb fourn
 isseurs par SQE\, déplacements ?\nprétentions : 52-55k
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workday-screen",
        "label": {
            "uid": "wd-interview-JR10298765-c0a8012f-1b9e-4d2a-88f1-0e6c57e3a9d4",
            "is_interview": 1,
            "company": "Airbus",
            "role": "Supplier Quality Engineer - Detail Parts (d/f/m)",
            "stage": "recruiter_screen",
            "interviewers": "chloe.marty@airbus.com",
            "trap": "workday-noreply-organizer-ta-partner-teams",
        },
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday Inc.//Workday Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:wd-interview-JR10298765-c0a8012f-1b9e-4d2a-88f1-0e6c57e3a9d4
DTSTAMP:20250120T154803Z
DTSTART:20250123T100000Z
DTEND:20250123T103000Z
SUMMARY:Interview Invitation: Supplier Quality Engineer - Detail Parts (d/
 f/m) - JR10298765
DESCRIPTION:Dear Ines\,\n\nThank you for your interest in Airbus. We are p
 leased to invite you to an interview for the position Supplier Quality En
 gineer - Detail Parts (d/f/m)\, Toulouse\, France.\n\nInterviewer(s): Chlo
 é Marty (Talent Acquisition Partner)\nFormat: Microsoft Teams\nJoin: https
 ://teams.microsoft.com/l/meetup-join/19%3ameeting_ODc1ZGQ2%40thread.v2/0\n
 \nIf you need to change the time\, please reply to your Talent Acquisition
  Partner.\n\nKind regards\,\nAirbus Talent Acquisition
LOCATION:Microsoft Teams
ORGANIZER;CN=Airbus Recruiting:mailto:airbus@myworkday.com
ATTENDEE;CN=Ines Carvalho;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TR
 UE:mailto:ines.carvalho31@orange.fr
ATTENDEE;CN=Chloé Marty;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:Chlo
 e.Marty@airbus.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-technical",
        "label": {
            "uid": "040000008200E00074C5B7101A82E008000000006A3F0E2A7D73DB01000000000000000010000000"
            "3B5E0C8D11A0F94C9A3D2E71B0C6F4A2",
            "is_interview": 1,
            "company": "Airbus",
            "role": "Supplier Quality Engineer - Detail Parts",
            "stage": "technical",
            "interviewers": "guillaume.serres@airbus.com;birgit.lohmann@airbus.com",
            "trap": "outlook-english-technical-panel-two-sites",
        },
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="SERRES, Guillaume":mailto:guillaume.serres@airbus.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ines.carv
 alho31@orange.fr:mailto:ines.carvalho31@orange.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="LOHMANN,
  Birgit":mailto:birgit.lohmann@airbus.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="MARTY, C
 hloe":mailto:chloe.marty@airbus.com
DESCRIPTION;LANGUAGE=en-US:Hello Ines\,\n\nAs discussed with Chloé\, pleas
 e find below the invitation for the technical interview. Birgit (SQ Detail
  Parts\, Hamburg) will join remotely. Expect some questions on FAI/AS9102
 \, special processes and a short supplier case.\n\nBR\nGuillaume\n\n______
 __________________________________________________________________________
 \nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room devic
 e\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-joi
 n/19%3ameeting_Y2E2M2Q5%40thread.v2/0>\nMeeting ID: 377 104 226 981\nPassc
 ode: 3hWq8R\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E008000000006A3F0E2A7D73DB0100000000000000
 00100000003B5E0C8D11A0F94C9A3D2E71B0C6F4A2
SUMMARY;LANGUAGE=en-US:Technical interview - SQE Detail Parts - Ines Carva
 lho
DTSTART;TZID=Romance Standard Time:20250210T150000
DTEND;TZID=Romance Standard Time:20250210T161500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250131T084255Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-sent-by",
        "label": {
            "uid": "040000008200E00074C5B7101A82E00800000000F1A47E6C8C6EDB01000000000000000010000000"
            "9E44C1B0A83D2B4F8E1C5A07D93E62B8",
            "is_interview": 1,
            "company": "Safran Nacelles",
            "role": "Responsable Qualité Produit (H/F)",
            "stage": "hiring_manager",
            "interviewers": "jerome.lambert@safrangroup.com",
            "trap": "outlook-sent-by-assistant-hiring-manager",
        },
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="LAMBERT Jerome (SAFRAN NACELLES)";SENT-BY="mailto:corinne.v
 idal@safrangroup.com":mailto:jerome.lambert@safrangroup.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ines.carv
 alho31@orange.fr:mailto:ines.carvalho31@orange.fr
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="VIDAL Co
 rinne (SAFRAN NACELLES)":mailto:corinne.vidal@safrangroup.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="COL - B12 - R
 DC - Salle Caravelle":mailto:col-b12-caravelle@safrangroup.com
DESCRIPTION;LANGUAGE=fr-FR:Madame\,\n\nÀ la demande de M. Jérôme Lambert\
 , Responsable Qualité Programme A320neo\, je vous confirme votre entretien
  pour le poste de Responsable Qualité Produit (H/F).\n\nAdresse : Safran N
 acelles\, 1 rue Mireille Frayssé\, Colomiers. Merci de vous présenter au p
 oste de garde muni(e) d'une pièce d'identité\; l'accès au site est soumis
  à une déclaration visiteur préalable.\n\nCordialement\,\nCorinne Vidal\nA
 ssistante de direction\n
UID:040000008200E00074C5B7101A82E00800000000F1A47E6C8C6EDB0100000000000000
 00100000009E44C1B0A83D2B4F8E1C5A07D93E62B8
SUMMARY;LANGUAGE=fr-FR:Entretien M. Lambert / Mme Carvalho
DTSTART;TZID=Romance Standard Time:20250129T103000
DTEND;TZID=Romance Standard Time:20250129T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250121T130955Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:COL - B12 - RDC - Salle Caravelle
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
]
