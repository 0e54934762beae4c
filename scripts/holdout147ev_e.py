"""holdout147 events, part e: engineering consultancies, agencies and Occitanie suppliers."""

from holdout147ev_tz import TZ_PARIS, TZ_ROMANCE

EVENTS = [
    {
        "kind": "entretien-qualif",
        "label": {
            "uid": "040000008200E00074C5B7101A82E00800000000118AD0F3A26CDB01000000000000000010000000"
            "4F0E7D2B9C1A3E4D8B6A0F5C2E9D7B13",
            "is_interview": 1,
            "company": "Alten",
            "role": "Ingénieur Qualité Fournisseurs Aéronautique H/F",
            "stage": "recruiter_screen",
            "interviewers": "manon.esteve@alten.com",
            "trap": "consultancy-entretien-de-qualification-teams",
        },
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN=ESTEVE Manon:mailto:manon.esteve@alten.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ines.carv
 alho31@orange.fr:mailto:ines.carvalho31@orange.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Inès\,\n\nJe vous confirme notre entret
 ien de qualification pour le poste d'Ingénieur Qualité Fournisseurs Aéron
 autique H/F (CDI\, agence Alten Sud-Ouest – Blagnac). Nous parlerons de vo
 tre parcours\, de votre mobilité et de nos projets en cours chez nos clien
 ts avionneurs.\n\nBien à vous\,\nManon Estève\nChargée de recrutement IT &
  Engineering\n\n____________________________________________________________
 ____________________\nRéunion Microsoft Teams\nCliquez ici pour rejoindre l
 a réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YWx0%40th
 read.v2/0>\nID de la réunion : 311 508 772 914\nCode secret : pR4e8Z\n____
 ____________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000118AD0F3A26CDB0100000000000000
 00100000004F0E7D2B9C1A3E4D8B6A0F5C2E9D7B13
SUMMARY;LANGUAGE=fr-FR:Entretien Alten / Inès Carvalho
DTSTART;TZID=Romance Standard Time:20250121T123000
DTEND;TZID=Romance Standard Time:20250121T131500
DTSTAMP:20250117T103500Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "smartrecruiters",
        "label": {
            "uid": "smartrecruiters-interview-3a9f27d0-bb5c-4e12-9f60-akkodis",
            "is_interview": 1,
            "company": "Akkodis",
            "role": "Consultant Qualité Fournisseurs Aéronautique (H/F)",
            "stage": "",
            "interviewers": "thomas.girard@akkodis.com",
            "trap": "smartrecruiters-no-stage-french",
        },
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//SmartRecruiters//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:smartrecruiters-interview-3a9f27d0-bb5c-4e12-9f60-akkodis
DTSTAMP:20250130T100101Z
DTSTART:20250204T130000Z
DTEND:20250204T140000Z
SUMMARY:Akkodis - Consultant Qualité Fournisseurs Aéronautique (H/F) - Inès
  Carvalho
DESCRIPTION:Bonjour Inès\,\n\nVotre entretien a été planifié.\n\nAvec : Th
 omas Girard (Business Manager)\nOù : Akkodis\, 4 avenue Didier Daurat\, 318
 00 Blagnac - 2e étage\n\nPour toute modification\, merci d'utiliser le lie
 n ci-dessous.\nhttps://jobs.smartrecruiters.com/interview/3a9f27d0\n\nL'éq
 uipe recrutement Akkodis
LOCATION:Akkodis\, 4 avenue Didier Daurat\, 31800 Blagnac
ORGANIZER;CN=Akkodis Recrutement:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Ines Carvalho;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE:mailto:ines.carvalho31@orange.fr
ATTENDEE;CN=Thomas Girard;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:th
 omas.girard@akkodis.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "teamtailor-screen",
        "label": {
            "uid": "teamtailor-interview-19457702@expleo.teamtailor.com",
            "is_interview": 1,
            "company": "Expleo",
            "role": "Responsable Qualité Projet Ferroviaire H/F",
            "stage": "recruiter_screen",
            "interviewers": "laura.bouvier@expleogroup.com",
            "trap": "teamtailor-rail-role-phone",
        },
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:teamtailor-interview-19457702@expleo.teamtailor.com
DTSTAMP:20250206T083000Z
DTSTART;TZID=Europe/Paris:20250211T173000
DTEND;TZID=Europe/Paris:20250211T180000
SUMMARY:Échange téléphonique - Responsable Qualité Projet Ferroviaire H/F
DESCRIPTION:Bonjour Inès\,\n\nMerci pour votre candidature ! Laura Bouvier
 \, Talent Acquisition Specialist\, vous appellera pour un premier échange
 d'une trentaine de minutes.\n\nÀ très vite\,\nL'équipe Expleo
LOCATION:Appel téléphonique
ORGANIZER;CN=Laura Bouvier:mailto:laura.bouvier@expleogroup.com
ATTENDEE;CN=Inès Carvalho;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ines.carv
 alho31@orange.fr
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "entretien-manager",
        "label": {
            "uid": "teamtailor-interview-19503318@expleo.teamtailor.com",
            "is_interview": 1,
            "company": "Expleo",
            "role": "Responsable Qualité Projet Ferroviaire H/F",
            "stage": "hiring_manager",
            "interviewers": "francois.arnaud@expleogroup.com;laura.bouvier@expleogroup.com",
            "trap": "teamtailor-second-round-manager-google-meet",
        },
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:teamtailor-interview-19503318@expleo.teamtailor.com
DTSTAMP:20250214T142200Z
DTSTART;TZID=Europe/Paris:20250219T100000
DTEND;TZID=Europe/Paris:20250219T110000
SUMMARY:Entretien avec François Arnaud - Responsable Qualité Projet Ferrov
 iaire H/F
DESCRIPTION:Bonjour Inès\,\n\nSuite à votre échange avec Laura\, nous avons
  le plaisir de vous proposer un entretien avec François Arnaud\, Manager
 de l'activité Rail Sud-Ouest. Laura sera également présente.\n\nLien Googl
 e Meet : https://meet.google.com/exp-lnvc-pqo\n\nL'équipe Expleo
LOCATION:https://meet.google.com/exp-lnvc-pqo
ORGANIZER;CN=Laura Bouvier:mailto:laura.bouvier@expleogroup.com
ATTENDEE;CN=Inès Carvalho;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ines.carv
 alho31@orange.fr
ATTENDEE;CN=François Arnaud;PARTSTAT=ACCEPTED:mailto:francois.arnaud@expl
 eogroup.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "segula-rdv",
        "label": {
            "uid": "0F9E8D7C-6B5A-4938-A7B6-segula-tls-22871",
            "is_interview": 1,
            "company": "Segula Technologies",
            "role": "Chef de projet Qualité Fournisseurs",
            "stage": "",
            "interviewers": "k.mansouri@segula.fr",
            "trap": "outlook-desktop-vague-rendez-vous-title",
        },
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + TZ_ROMANCE + r"""BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250224T091200Z
DESCRIPTION:Bonjour Madame Carvalho\,\n\nJe vous confirme notre rendez-vous
  dans nos locaux de Colomiers pour échanger sur le poste de Chef de projet
  Qualité Fournisseurs.\n\nCordialement\,\nKarim Mansouri\nResponsable d'agen
 ce - SEGULA Technologies Toulouse\n
DTEND;TZID="Romance Standard Time":20250228T153000
DTSTAMP:20250224T091200Z
DTSTART;TZID="Romance Standard Time":20250228T143000
LAST-MODIFIED:20250224T091200Z
LOCATION:SEGULA Technologies\, 3 rue Marcel Doret\, Colomiers
ORGANIZER;CN="Karim Mansouri":mailto:K.Mansouri@segula.fr
ATTENDEE;CN="ines.carvalho31@orange.fr";RSVP=TRUE:mailto:ines.carvalho31@
 orange.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr:RDV Mme Carvalho
TRANSP:OPAQUE
UID:0F9E8D7C-6B5A-4938-A7B6-segula-tls-22871
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "sogeclair-teams",
        "label": {
            "uid": "040000008200E00074C5B7101A82E008000000007C2E1B0F8874DB01000000000000000010000000"
            "B1D3F5A7092C4E6A8C0E2F4B6D8A0C24",
            "is_interview": 1,
            "company": "Sogeclair",
            "role": "Responsable Amélioration Continue (H/F)",
            "stage": "",
            "interviewers": "anne-sophie.cazal@sogeclair.com;benoit.teulie@sogeclair.com",
            "trap": "echange-title-continuous-improvement-role",
        },
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="CAZAL Anne-Sophie":mailto:anne-sophie.cazal@sogeclair.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ines.carv
 alho31@orange.fr:mailto:ines.carvalho31@orange.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="TEULIE B
 enoit":mailto:benoit.teulie@sogeclair.com
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Inès\,\nComme convenu\, un échange avec
  Benoît Teulié (Directeur Opérations) et moi-même au sujet du poste de Res
 ponsable Amélioration Continue.\nÀ mardi\,\nAnne-Sophie Cazal - RRH\n\n___
 _____________________________________________________________________________\n
 Réunion Microsoft Teams\nCliquez ici pour rejoindre la réunion<https://tea
 ms.microsoft.com/l/meetup-join/19%3ameeting_c29n%40thread.v2/0>\nID de la
 réunion : 369 021 540 877\nCode secret : Wq2c9M\n________________________
 ________________________________________________________\n
UID:040000008200E00074C5B7101A82E008000000007C2E1B0F8874DB0100000000000000
 0010000000B1D3F5A7092C4E6A8C0E2F4B6D8A0C24
SUMMARY;LANGUAGE=fr-FR:Échange Inès Carvalho / Sogeclair
DTSTART;TZID=Romance Standard Time:20250318T110000
DTEND;TZID=Romance Standard Time:20250318T120000
DTSTAMP:20250313T160644Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "hays-client",
        "label": {
            "uid": "2f6c8a10-4d3e-4b7a-9e15-hays-fr-tls-0931@hays.fr",
            "is_interview": 1,
            "company": "Figeac Aéro",
            "role": "Responsable Qualité Fournisseurs H/F",
            "stage": "recruiter_screen",
            "interviewers": "clement.viguier@hays.fr",
            "trap": "agency-screen-client-named-only-in-description",
        },
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_ROMANCE + r"""BEGIN:VEVENT
UID:2f6c8a10-4d3e-4b7a-9e15-hays-fr-tls-0931@hays.fr
DTSTAMP:20250115T172400Z
DTSTART;TZID="Romance Standard Time":20250117T123000
DTEND;TZID="Romance Standard Time":20250117T131500
SUMMARY:Entretien téléphonique Hays - Inès Carvalho
DESCRIPTION:Bonjour Inès\,\n\nComme évoqué\, je vous appelle vendredi pour
  faire le point sur votre candidature au poste de Responsable Qualité Fou
 rnisseurs H/F que nous recrutons pour le compte de notre client Figeac Aé
 ro (site de Figeac\, 46). Nous reprendrons votre parcours\, votre package
  et vos contraintes de mobilité avant de vous présenter.\n\nClément Viguie
 r\nConsultant Senior - Hays Engineering Toulouse\n05 61 12 44 70
LOCATION:Téléphone - je vous appelle au 06 71 22 48 09
ORGANIZER;CN="Viguier, Clement":mailto:Clement.Viguier@hays.fr
ATTENDEE;CN="ines.carvalho31@orange.fr";RSVP=TRUE:mailto:ines.carvalho31@
 orange.fr
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "typed-figeac",
        "label": {
            "uid": "A8D41E72-0C3B-4F96-8B25-71E9D2C4F0AB",
            "is_interview": 1,
            "company": "Figeac Aéro",
            "role": "",
            "stage": "onsite",
            "interviewers": "M. Delpech;Mme Carrière",
            "trap": "user-typed-onsite-abbreviations-no-attendees",
        },
        "crlf": False,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.3//EN
CALSCALE:GREGORIAN
""" + TZ_PARIS + r"""BEGIN:VEVENT
UID:A8D41E72-0C3B-4F96-8B25-71E9D2C4F0AB
DTSTAMP:20250129T121514Z
CREATED:20250129T121433Z
DTSTART;TZID=Europe/Paris:20250206T100000
DTEND;TZID=Europe/Paris:20250206T123000
SUMMARY:Entretien Figeac Aero (via Hays) - site
LOCATION:Zone Aéronautique Louis Bréguet\, 46100 Figeac
DESCRIPTION:M. Delpech dir qualité + Mme Carrière RH\nClément (Hays) dit :
  ils veulent qqn solide en audits process spéciaux\n1h45 de route\, parti
 r 7h45\, poser RTT !
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Rappel
TRIGGER:-PT2H
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "calendly-cabinet",
        "label": {
            "uid": "6D0E2F13-9A7C-4B58-81E4-C5A3B7D9F102@calendly.com",
            "is_interview": 1,
            "company": "Mecachrome",
            "role": "Responsable Assurance Qualité H/F",
            "stage": "recruiter_screen",
            "interviewers": "a.laborde@michaelpage.fr",
            "trap": "agency-calendly-client-in-answers",
        },
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:6D0E2F13-9A7C-4B58-81E4-C5A3B7D9F102@calendly.com
DTSTAMP:20250203T080808Z
DTSTART:20250205T081500Z
DTEND:20250205T084500Z
SUMMARY:Echange candidat 30 min between Aurélie Laborde and Ines Carvalho
DESCRIPTION:Event Name: Echange candidat 30 min\n\nLocation: Aurélie Labor
 de will call the invitee at +33671224809\n\nQuel poste vous intéresse ?: R
 esponsable Assurance Qualité H/F - Mecachrome (Toulouse)\n\nAvez-vous un
 préavis ?: 3 mois\n\nNeed to make changes to this event?\nCancel: https://
 calendly.com/cancellations/6D0E2F13\nReschedule: https://calendly.com/resc
 hedulings/6D0E2F13\n\nPowered by Calendly.com
LOCATION:+33671224809
ORGANIZER;CN=Aurélie Laborde:mailto:a.laborde@michaelpage.fr
ATTENDEE;CN=Ines Carvalho;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:in
 es.carvalho31@orange.fr
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
]
