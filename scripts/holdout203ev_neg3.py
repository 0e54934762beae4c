# ruff: noqa: E501
"""holdout203 events, part neg3: work routine and personal life (CC0 1.0)."""

from holdout203ev_tz import TZ_LUX, TZ_PARIS, TZ_WEST

EVENTS = [
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000A09273849506DB01000000000000000010000000F0F0F0F01111111112121212131313AB",
        "iv": 0, "company": "", "role": "", "stage": "", "who": "",
        "trap": "client-manco-conducting-officers-kpi-review",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Rossi, Gianluca":mailto:g.rossi@lemanik.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Weber, Julien":mailto:julien.weber@mosellefs.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Meyers, Frank":mailto:frank.meyers@mosellefs.lu
DESCRIPTION;LANGUAGE=en-GB:Quarterly service review between the conducting officers of Lemanik Asset Management and Moselle Fund Services as central administration of the Lemanik-managed sub-funds: NAV KPIs Q1 2025\, NAV errors and breaches\, price challenges\, SLA\, open points from the last review.\n
UID:040000008200E00074C5B7101A82E00800000000A09273849506DB01000000000000000010000000F0F0F0F01111111112121212131313AB
SUMMARY;LANGUAGE=en-GB:Q1 2025 service review - Lemanik / MFS central administration
DTSTART;TZID=W. Europe Standard Time:20250429T100000
DTEND;TZID=W. Europe Standard Time:20250429T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250410T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-self",
        "uid": "040000008200E00074C5B7101A82E00800000000B1A384950617DB0100000000000000001000000012121212343434345656565678787878",
        "iv": 0, "company": "", "role": "", "stage": "", "who": "",
        "trap": "manager-conducts-probation-review-of-report",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Weber, Julien":mailto:julien.weber@mosellefs.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Muller, Yannick":mailto:yannick.muller@mosellefs.lu
DESCRIPTION;LANGUAGE=fr-FR:Entretien de fin de période d'essai (6 mois) : bilan\, points forts\, axes de progrès (revue des prix\, autonomie sur la VNI quotidienne)\, confirmation. Formulaire RH à signer par les deux.\n
UID:040000008200E00074C5B7101A82E00800000000B1A384950617DB0100000000000000001000000012121212343434345656565678787878
SUMMARY;LANGUAGE=fr-FR:Entretien fin de période d'essai - Yannick
DTSTART;TZID=W. Europe Standard Time:20250226T160000
DTEND;TZID=W. Europe Standard Time:20250226T164500
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20250219T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:MFS 3.06 Bourscheid
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000C2B495A6B7C8DB010000000000000000100000009ABC9ABC9ABC9ABC0DEF0DEF0DEF0DEF",
        "iv": 0, "company": "", "role": "", "stage": "", "who": "",
        "trap": "internal-team-meeting-half-year-close",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Meyers, Frank":mailto:frank.meyers@mosellefs.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="MFS - Fund Accounting UCITS":mailto:dl.fa.ucits@mosellefs.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Weber, Julien":mailto:julien.weber@mosellefs.lu
DESCRIPTION;LANGUAGE=fr-FR:Planning de la clôture semestrielle 30/06 : répartition des fonds\, rapports semestriels\, congés d'été\, back-up pendant les absences.\n
UID:040000008200E00074C5B7101A82E00800000000C2B495A6B7C8DB010000000000000000100000009ABC9ABC9ABC9ABC0DEF0DEF0DEF0DEF
SUMMARY;LANGUAGE=fr-FR:Réunion d'équipe FA - clôture semestrielle
DTSTART;TZID=W. Europe Standard Time:20250604T090000
DTEND;TZID=W. Europe Standard Time:20250604T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250528T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:MFS 3.02 Vianden (6) / Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "google-event",
        "uid": "7ef2a9d1k4m0q8v3c6s1bn5tjh@google.com",
        "iv": 0, "company": "", "role": "", "stage": "", "who": "",
        "trap": "football-training-weekly-recurrence-override",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Foot
X-WR-TIMEZONE:Europe/Paris
""" + TZ_PARIS + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250108T193000
DTEND;TZID=Europe/Paris:20250108T210000
RRULE:FREQ=WEEKLY;BYDAY=WE;UNTIL=20250625T173000Z
DTSTAMP:20250107T101500Z
UID:7ef2a9d1k4m0q8v3c6s1bn5tjh@google.com
CREATED:20250107T101412Z
DESCRIPTION:Entraînement vétérans - stade Jean-Jaurès. Amener les chasubles la 1re semaine du mois
LAST-MODIFIED:20250107T101412Z
LOCATION:Stade Jean Jaurès\, Thionville
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entraînement foot ES Thionville
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250409T200000
DTEND;TZID=Europe/Paris:20250409T213000
DTSTAMP:20250405T081200Z
UID:7ef2a9d1k4m0q8v3c6s1bn5tjh@google.com
RECURRENCE-ID;TZID=Europe/Paris:20250409T193000
CREATED:20250107T101412Z
DESCRIPTION:décalé 20h (terrain pris par les U15) - synthétique
LAST-MODIFIED:20250405T081200Z
LOCATION:Terrain synthétique Guentrange\, Thionville
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Entraînement foot ES Thionville
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "user-typed",
        "uid": "91B7C3D5-E2F4-4A06-8B19-C0D2E4F6A8BA",
        "iv": 0, "company": "", "role": "", "stage": "", "who": "",
        "trap": "personal-creche-entretien-bilan-adaptation",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.2.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250120T191505Z
UID:91B7C3D5-E2F4-4A06-8B19-C0D2E4F6A8BA
DTEND:20250127T180000
TRANSP:OPAQUE
SUMMARY:Crèche - entretien bilan Léa
LAST-MODIFIED:20250120T191622Z
DTSTAMP:20250120T191622Z
DTSTART:20250127T173000
LOCATION:Crèche Les P'tits Loups\, Thionville
DESCRIPTION:entretien individuel avec l'éducatrice référente (Mme Hennequin) - bilan des 3 mois\, sieste\, alimentation. Y aller avec Claire si possible. Partir du bureau à 16h45 !
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "doctolib",
        "uid": "doctolib-appointment-3301928475@doctolib.fr",
        "iv": 0, "company": "", "role": "", "stage": "", "who": "",
        "trap": "personal-gp-appointment-doctolib",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Doctolib//Doctolib//FR
METHOD:PUBLISH
""" + TZ_PARIS + r"""BEGIN:VEVENT
UID:doctolib-appointment-3301928475@doctolib.fr
DTSTAMP:20250305T204400Z
DTSTART;TZID=Europe/Paris:20250308T094500
DTEND;TZID=Europe/Paris:20250308T100000
SUMMARY:RDV Dr Laurent MULLER - Médecin généraliste
DESCRIPTION:Consultation de médecine générale\nPatient : Julien WEBER\nDr Laurent MULLER\, 12 rue de Paris\, 57100 Thionville\nPensez à apporter votre carte Vitale et le formulaire S1 (CNS).\nPour annuler ou déplacer : https://www.doctolib.fr/account/appointments
LOCATION:12 Rue de Paris\, 57100 Thionville
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "all-day",
        "uid": "B2C3D4E5-F6A7-4B8C-9D0E-1F2A3B4C5D6E",
        "iv": 0, "company": "", "role": "", "stage": "", "who": "",
        "trap": "tax-return-deadline-all-day-france",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250415T201011Z
UID:B2C3D4E5-F6A7-4B8C-9D0E-1F2A3B4C5D6E
DTEND;VALUE=DATE:20250523
TRANSP:TRANSPARENT
SUMMARY:Impôts France - date limite déclaration en ligne (Moselle)
LAST-MODIFIED:20250415T201200Z
DTSTAMP:20250415T201200Z
DTSTART;VALUE=DATE:20250522
DESCRIPTION:frontalier : salaires LU case 1AF + 8TK (crédit d'impôt = impôt français)\, formulaire 2047. Joindre certificat de rémunération LU 2024
SEQUENCE:0
BEGIN:VALARM
TRIGGER;VALUE=DATE-TIME:20250520T070000Z
ACTION:DISPLAY
DESCRIPTION:Rappel
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "google-invite",
        "uid": "2gm7k1v9c4s0q3t8b6d5rnhpje@google.com",
        "iv": 0, "company": "", "role": "", "stage": "", "who": "",
        "trap": "personal-tax-advisor-luxembourg-return",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250415T163000Z
DTEND:20250415T173000Z
DTSTAMP:20250402T100212Z
ORGANIZER;CN=Fiduciaire Moselle-Lux:mailto:contact@fidu-mosellelux.lu
UID:2gm7k1v9c4s0q3t8b6d5rnhpje@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=julien.weber.lux@pt.lu;X-NUM-GUESTS=0:mailto:julien.weber.lux@pt.lu
CREATED:20250402T100211Z
DESCRIPTION:Rendez-vous déclaration d'impôt luxembourgeoise 2024 (modèle 100\, option non-résident assimilé / imposition collective). Merci d'apporter : certificat de rémunération\, attestation intérêts prêt immobilier\, attestation crèche\, avis d'imposition français.
LAST-MODIFIED:20250402T100211Z
LOCATION:Fiduciaire Moselle-Lux\, 4 rue de Luxembourg\, Frisange
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:RDV déclaration LU 2024 - M. Weber
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "user-typed",
        "uid": "c7d8e9f0-a1b2-4c3d-8e4f-5a6b7c8d9e0f",
        "iv": 0, "company": "", "role": "", "stage": "", "who": "",
        "trap": "personal-bank-entretien-conseiller-floating",
        "crlf": False, "fold": False,
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20250224T190000Z
LAST-MODIFIED:20250224T190133Z
DTSTAMP:20250224T190133Z
UID:c7d8e9f0-a1b2-4c3d-8e4f-5a6b7c8d9e0f
SUMMARY:Entretien conseiller Crédit Mutuel - renégo prêt
DTSTART:20250301T100000
DTEND:20250301T110000
LOCATION:Crédit Mutuel Thionville Centre
DESCRIPTION:avec Claire. Apporter 3 derniers bulletins de salaire LU + avis d'imposition + tableau d'amortissement. Taux actuel 3\,1%\, viser < 2\,6%
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "user-typed",
        "uid": "1C2D3E4F-5A6B-4C7D-8E9F-0A1B2C3D4E5F",
        "iv": 0, "company": "", "role": "", "stage": "", "who": "",
        "trap": "personal-official-mairie-passport",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3//EN
CALSCALE:GREGORIAN
""" + TZ_PARIS + r"""BEGIN:VEVENT
CREATED:20250404T123000Z
UID:1C2D3E4F-5A6B-4C7D-8E9F-0A1B2C3D4E5F
DTEND;TZID=Europe/Paris:20250419T094500
TRANSP:OPAQUE
SUMMARY:Mairie Thionville - passeport Léa
LAST-MODIFIED:20250404T123122Z
DTSTAMP:20250404T123122Z
DTSTART;TZID=Europe/Paris:20250419T091500
LOCATION:Hôtel de Ville\, 11 Rue Georges Ditsch\, Thionville
DESCRIPTION:pré-demande ANTS n° 2504-8819-3321\, photos\, livret de famille\, justificatif domicile\, présence des 2 parents + Léa
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "course",
        "uid": "inl-cours-LB-A2-2025S2-grp14-julien.weber.lux@pt.lu",
        "iv": 0, "company": "", "role": "", "stage": "", "who": "",
        "trap": "luxembourgish-language-course-recurring",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//INL//Inscriptions en ligne//LB
METHOD:PUBLISH
""" + TZ_LUX + r"""BEGIN:VEVENT
UID:inl-cours-LB-A2-2025S2-grp14-julien.weber.lux@pt.lu
DTSTAMP:20250131T120000Z
DTSTART;TZID=Europe/Luxembourg:20250211T181500
DTEND;TZID=Europe/Luxembourg:20250211T194500
RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=15
SUMMARY:Lëtzebuergesch Cours A2.1 - Grupp 14
DESCRIPTION:Institut national des langues Luxembourg (INL)\nCours: Lëtzebuergesch A2.1\, Grupp 14\nSall: B.2.07\, 21 bd de la Foire\nEnseignant: Här Pol Schmit\nMoien an zwou Wochen ass e klengen Test (mëndlech Presentatioun vun 5 Minutten).
LOCATION:INL\, 21 boulevard de la Foire\, Luxembourg
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
]
