# ruff: noqa: E501
"""holdout182 events, part l: health, councils, union, conference, inspection (written blind, raw iCalendar text)."""

EVENTS = [
    {
        "kind": "bank-booking",
        "uid": "DSJ-RDV-7749018832@desjardins.com",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "bank-mortgage-rencontre-with-advisor",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Desjardins//Prise de rendez-vous//FR
METHOD:REQUEST
@@TZ America/Montreal@@
BEGIN:VEVENT
UID:DSJ-RDV-7749018832@desjardins.com
DTSTAMP:20250402T174455Z
DTSTART;TZID=America/Montreal:20250408T173000
DTEND;TZID=America/Montreal:20250408T183000
SUMMARY:Rencontre avec votre conseillère – Financement hypothécaire
ORGANIZER;CN=Caisse Desjardins de Rosemont–La Petite-Patrie:mailto:ne-pas-repondre@desjardins.com
ATTENDEE;CN=Geneviève Tremblay;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:gen.tremblay@videotron.ca
DESCRIPTION:Votre rendez-vous est confirmé.\n\nConseillère : Mélanie Bourque\, conseillère en finances personnelles\nSujet : Préautorisation hypothécaire – premier achat\nMode : vidéoconférence (Microsoft Teams)\n\nDocuments à préparer : 2 derniers talons de paie\, lettre d'emploi\, avis de cotisation 2023 et 2024\, relevé de vos placements (CELIAPP).\n\nPour modifier ou annuler : desjardins.com/rendez-vous
LOCATION:Vidéoconférence
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "clicsante-booking",
        "uid": "clicsante-rdv-44120937",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "personal-health-appointment-clic-sante",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Clic Santé//Rendez-vous//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:clicsante-rdv-44120937
DTSTAMP:20250519T220101Z
DTSTART:20250524T141000Z
DTEND:20250524T142000Z
SUMMARY:Rendez-vous Clic Santé - Prélèvements sanguins
DESCRIPTION:Numéro de confirmation : 44120937\nService : Prélèvements (avec requête médicale)\nÀ jeun depuis 12 h. Apportez votre carte d'assurance maladie et votre requête.
LOCATION:CLSC de Rosemont\, 2909 rue Rachel Est\, Montréal
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000EA5C7ADCE326DC0100000000000000001000000045E6F708192A3B4C5D6E7F8091A2B3C4",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "nursing-council-meeting-cii",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Secrétariat CII (CIUSSS NIM)":mailto:cii.cnmtl@ssss.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Membres CECII":mailto:DL-CECII.cnmtl@ssss.gouv.qc.ca
DESCRIPTION;LANGUAGE=fr-CA:Séance ordinaire du comité exécutif du Conseil des infirmières et infirmiers (CECII).\nOrdre du jour : adoption du procès-verbal\, avis sur la règle de soins « surveillance post-coronarographie »\, plan d'action relève infirmière\, Semaine de la profession infirmière.\n
UID:040000008200E00074C5B7101A82E00800000000EA5C7ADCE326DC0100000000000000001000000045E6F708192A3B4C5D6E7F8091A2B3C4
SUMMARY;LANGUAGE=fr-CA:CECII - séance ordinaire
DTSTART;TZID=Eastern Standard Time:20250415T160000
DTEND;TZID=Eastern Standard Time:20250415T180000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250320T130003Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000FB6D8BEDF437DC0100000000000000001000000056F708192A3B4C5D6E7F8091A2B3C4D5",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "patient-family-meeting-discharge",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Leduc, Amélie (CIUSSS NIM)":mailto:amelie.leduc.cnmtl@ssss.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tremblay, Geneviève (CIUSSS NIM)":mailto:genevieve.tremblay.cisss@ssss.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Hébert, Luc Dr (CIUSSS NIM)":mailto:luc.hebert.cnmtl@ssss.gouv.qc.ca
DESCRIPTION;LANGUAGE=fr-CA:Rencontre interdisciplinaire avec la famille de M. Gagnon (ch. 718) : plan de congé\, orientation (retour à domicile avec SAD vs hébergement temporaire)\, enseignement IC à la conjointe. Présents : Dr Hébert\, Amélie Leduc (TS)\, infirmière au dossier (Geneviève)\, physiothérapeute.\n
UID:040000008200E00074C5B7101A82E00800000000FB6D8BEDF437DC0100000000000000001000000056F708192A3B4C5D6E7F8091A2B3C4D5
SUMMARY;LANGUAGE=fr-CA:Rencontre famille - M. Gagnon 718 (plan de congé)
DTSTART;TZID=Eastern Standard Time:20250501T140000
DTEND;TZID=Eastern Standard Time:20250501T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250429T191018Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:7e - salle des familles
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "google-entry",
        "uid": "congres-sqic-2025@google.com",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "professional-conference-all-day",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:gen.tremblay@videotron.ca
X-WR-TIMEZONE:America/Toronto
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250605
DTEND;VALUE=DATE:20250607
DTSTAMP:20250215T010101Z
UID:congres-sqic-2025@google.com
DESCRIPTION:Congrès annuel – Société québécoise des infirmières et infirmie
 rs en soins cardiovasculaires. Affiche (poster) jeudi 12 h : projet enseign
 ement IC. Congé de formation approuvé.
LOCATION:Hôtel Château Laurier\, Québec
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Congrès SQIISCV – Québec
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E008000000000C7E9CFE0548DC010000000000000000100000006708192A3B4C5D6E7F8091A2B3C4D5E6",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "union-meeting-about-postings",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN=FIQ - Syndicat des professionnelles en soins du Nord-de-l'Île:mailto:info@fiq-spsnim.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Membres SPSNIM:mailto:membres@fiq-spsnim.org
DESCRIPTION;LANGUAGE=fr-CA:Assemblée générale des membres\n- Affichages de postes et rehaussements : ce qui change avec Santé Québec\n- Mobilité entre établissements et ancienneté\n- Temps supplémentaire obligatoire : suivi des griefs\nPrésence en personne ou sur Zoom. Libération syndicale selon la convention collective.\n
UID:040000008200E00074C5B7101A82E008000000000C7E9CFE0548DC010000000000000000100000006708192A3B4C5D6E7F8091A2B3C4D5E6
SUMMARY;LANGUAGE=fr-CA:Assemblée générale FIQ-SPSNIM - affichages et mobilité
DTSTART;TZID=Eastern Standard Time:20250428T190000
DTEND;TZID=Eastern Standard Time:20250428T210000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250410T171212Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Salle communautaire Ahuntsic + Zoom
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E008000000001D8FADF01659DC0100000000000000001000000078192A3B4C5D6E7F8091A2B3C4D5E6F7",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "professional-order-inspection-entrevue",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Drouin, Patricia (OIIQ)":mailto:patricia.drouin@oiiq.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=gen.tremblay@videotron.ca:mailto:gen.tremblay@videotron.ca
DESCRIPTION;LANGUAGE=fr-CA:Madame\,\n\nDans le cadre du programme de surveillance générale de l'exercice de la Direction\, Inspection professionnelle\, vous avez été sélectionnée pour une inspection individuelle. Celle-ci comprend l'analyse de votre portfolio de formation continue et une entrevue d'environ 60 minutes avec l'inspectrice portant sur votre pratique en cardiologie.\n\nCette démarche est préventive et ne fait suite à aucune plainte.\n\nPatricia Drouin\, inf.\, M. Sc.\nInspectrice\, Direction\, Inspection professionnelle – OIIQ\n
UID:040000008200E00074C5B7101A82E008000000001D8FADF01659DC0100000000000000001000000078192A3B4C5D6E7F8091A2B3C4D5E6F7
SUMMARY;LANGUAGE=fr-CA:Inspection professionnelle - entrevue - G. Tremblay (permis 1-2xxxxx)
DTSTART;TZID=Eastern Standard Time:20250610T100000
DTEND;TZID=Eastern Standard Time:20250610T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250514T134505Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
]
