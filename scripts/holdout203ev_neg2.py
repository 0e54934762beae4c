# ruff: noqa: E501
"""holdout203 events, part neg2: offer, appraisal, exit, and the trade's own calendar (CC0 1.0)."""

from holdout203ev_tz import TZ_LUX, TZ_WEST

OUTLOOK_TAIL = r"""CLASS:PUBLIC
PRIORITY:5
TRANSP:OPAQUE
STATUS:CONFIRMED
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
"""

EVENTS = [
    {
        "kind": "google-event",
        "uid": "5sl0v2q8b7k1c4m9t3d6h0rnpe@google.com",
        "iv": 0, "company": "", "role": "", "stage": "", "who": "",
        "trap": "pre-employment-medical-stm",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:julien.weber.lux@pt.lu
X-WR-TIMEZONE:Europe/Luxembourg
BEGIN:VEVENT
DTSTART:20250616T063000Z
DTEND:20250616T073000Z
DTSTAMP:20250606T121503Z
UID:5sl0v2q8b7k1c4m9t3d6h0rnpe@google.com
CREATED:20250606T121340Z
DESCRIPTION:Convocation STM (examen médical d'embauche State Street) - 32 rue Glesener. À jeun ? non. Apporter convocation + carnet vaccins + lunettes. Dossier n° 2025-118473
LAST-MODIFIED:20250606T121502Z
LOCATION:STM\, 32 Rue Glesener\, 1630 Luxembourg
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Visite médicale d'embauche STM
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000281A9B0C1D2EDB0100000000000000001000000077A7B7C7D7E7F7077787970717273747",
        "iv": 0, "company": "", "role": "", "stage": "", "who": "",
        "trap": "offer-call-after-final-package",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Klein, Sandrine":mailto:sklein2@statestreet.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=julien.weber.lux@pt.lu:mailto:julien.weber.lux@pt.lu
DESCRIPTION;LANGUAGE=en-US:Hi Julien\,\n\nGreat news - I would like to walk you through our offer for the Fund Accounting Supervisor role: base salary\, 13th month\, bonus\, pension plan\, meal vouchers and start date. I will send the written offer letter right after our call.\n\nSandrine\n
UID:040000008200E00074C5B7101A82E00800000000281A9B0C1D2EDB0100000000000000001000000077A7B7C7D7E7F7077787970717273747
SUMMARY;LANGUAGE=en-US:Offer discussion - Julien Weber
DTSTART;TZID=W. Europe Standard Time:20250311T123000
DTEND;TZID=W. Europe Standard Time:20250311T130000
DTSTAMP:20250310T170211Z
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Phone
""" + OUTLOOK_TAIL + r"""END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000392B0C1D2E3FDB0100000000000000001000000088A8B8C8D8E8F8088898980818283848",
        "iv": 0, "company": "", "role": "", "stage": "", "who": "",
        "trap": "exit-interview-current-employer-hr",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Kieffer, Isabelle":mailto:isabelle.kieffer@mosellefs.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Weber, Julien":mailto:julien.weber@mosellefs.lu
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Julien\,\n\nComme pour chaque départ\, je te propose un entretien de sortie confidentiel (30 min) : ton ressenti sur tes années chez MFS\, les raisons de ton départ\, ce que nous pourrions améliorer. Nous verrons aussi les modalités pratiques (solde de congés\, restitution du badge et du PC\, certificat de travail).\n\nIsabelle\n
UID:040000008200E00074C5B7101A82E00800000000392B0C1D2E3FDB0100000000000000001000000088A8B8C8D8E8F8088898980818283848
SUMMARY;LANGUAGE=fr-FR:Entretien de sortie - Julien Weber
DTSTART;TZID=W. Europe Standard Time:20250625T150000
DTEND;TZID=W. Europe Standard Time:20250625T153000
DTSTAMP:20250618T090211Z
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Bureau RH 1.07
""" + OUTLOOK_TAIL + r"""END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E008000000004A3C1D2E3F40DB0100000000000000001000000099A9B9C9D9E9F9099A9B9C9D9E9F9090",
        "iv": 0, "company": "", "role": "", "stage": "", "who": "",
        "trap": "own-annual-appraisal-with-manager",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Meyers, Frank":mailto:frank.meyers@mosellefs.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Weber, Julien":mailto:julien.weber@mosellefs.lu
DESCRIPTION;LANGUAGE=fr-FR:Entretien annuel d'évaluation 2024 : bilan des objectifs 2024\, auto-évaluation (à compléter dans SuccessFactors avant le rendez-vous)\, objectifs 2025\, souhaits d'évolution et de formation.\n
UID:040000008200E00074C5B7101A82E008000000004A3C1D2E3F40DB0100000000000000001000000099A9B9C9D9E9F9099A9B9C9D9E9F9090
SUMMARY;LANGUAGE=fr-FR:Entretien annuel 2024 - Julien / Frank
DTSTART;TZID=W. Europe Standard Time:20250117T100000
DTEND;TZID=W. Europe Standard Time:20250117T113000
DTSTAMP:20250108T141022Z
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Bureau Frank
""" + OUTLOOK_TAIL + r"""END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-recurring",
        "uid": "040000008200E00074C5B7101A82E008000000005B4D2E3F4051DB01000000000000000010000000ABABABABCDCDCDCDEFEFEFEF01010101",
        "iv": 0, "company": "", "role": "", "stage": "", "who": "",
        "trap": "daily-nav-validation-cut-off-recurring-exdate",
        "ics": r"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Weber, Julien":mailto:julien.weber@mosellefs.lu
DESCRIPTION;LANGUAGE=fr-FR:Validation VNI Alzette Invest SICAV (12 compartiments) - prix fournisseur vérifiés\, rappro cash/titres OK\, contrôle variation > seuil\, envoi TA 14h30 dernier délai.\n
RRULE:FREQ=WEEKLY;UNTIL=20251231T123000Z;INTERVAL=1;BYDAY=MO,TU,WE,TH,FR;WKST=MO
EXDATE;TZID=W. Europe Standard Time:20250418T133000,20250421T133000,20250501T133000
UID:040000008200E00074C5B7101A82E008000000005B4D2E3F4051DB01000000000000000010000000ABABABABCDCDCDCDEFEFEFEF01010101
SUMMARY;LANGUAGE=fr-FR:Cut-off VNI Alzette Invest SICAV
DTSTART;TZID=W. Europe Standard Time:20250106T133000
DTEND;TZID=W. Europe Standard Time:20250106T143000
DTSTAMP:20250103T083000Z
SEQUENCE:0
X-MICROSOFT-CDO-INSTTYPE:1
""" + OUTLOOK_TAIL + r"""END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E008000000006C5E3F405162DB01000000000000000010000000BCBCBCBCDEDEDEDE0202020203030303",
        "iv": 0, "company": "", "role": "", "stage": "", "who": "",
        "trap": "cssf-meeting-nav-error-circular",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Thill, Georges":mailto:georges.thill@mosellefs.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Weber, Julien":mailto:julien.weber@mosellefs.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Meyers, Frank":mailto:frank.meyers@mosellefs.lu
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Compliance MFS":mailto:compliance@mosellefs.lu
DESCRIPTION;LANGUAGE=fr-FR:Réunion à la CSSF (283 route d'Arlon) concernant la notification d'erreur de VNI sur le compartiment Alzette Invest - Euro Bonds (circulaire CSSF 24/856) : chronologie\, calcul de l'impact\, plan d'indemnisation des investisseurs\, mesures correctives. Julien présente le détail du calcul.\n
UID:040000008200E00074C5B7101A82E008000000006C5E3F405162DB01000000000000000010000000BCBCBCBCDEDEDEDE0202020203030303
SUMMARY;LANGUAGE=fr-FR:CSSF - erreur de VNI Euro Bonds (circ. 24/856)
DTSTART;TZID=W. Europe Standard Time:20250402T100000
DTEND;TZID=W. Europe Standard Time:20250402T113000
DTSTAMP:20250324T161500Z
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:CSSF\, 283 route d'Arlon\, Luxembourg
""" + OUTLOOK_TAIL + r"""END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E008000000007D6F40516273DB01000000000000000010000000CDCDCDCDEFEFEFEF0404040405050505",
        "iv": 0, "company": "", "role": "", "stage": "", "who": "",
        "trap": "cssf-onsite-inspection-staff-interview",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Compliance MFS":mailto:compliance@mosellefs.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Weber, Julien":mailto:julien.weber@mosellefs.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Meyers, Frank":mailto:frank.meyers@mosellefs.lu
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="MFS 5.01 Board room":mailto:room.board@mosellefs.lu
DESCRIPTION;LANGUAGE=fr-FR:Dans le cadre du contrôle sur place de la CSSF (administration centrale)\, les inspecteurs souhaitent s'entretenir avec les personnes clés du processus de calcul de la VNI. Entretien avec Julien Weber (Senior Fund Accountant) : description du processus\, contrôles\, gestion des erreurs\, escalade. Merci de préparer les procédures FA-PRC-04 et FA-PRC-09.\n
UID:040000008200E00074C5B7101A82E008000000007D6F40516273DB01000000000000000010000000CDCDCDCDEFEFEFEF0404040405050505
SUMMARY;LANGUAGE=fr-FR:Contrôle sur place CSSF - entretien J. Weber (processus VNI)
DTSTART;TZID=W. Europe Standard Time:20250514T100000
DTEND;TZID=W. Europe Standard Time:20250514T113000
DTSTAMP:20250505T100000Z
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:MFS 5.01 Board room
""" + OUTLOOK_TAIL + r"""END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E008000000008E7051627384DB01000000000000000010000000DEDEDEDE0F0F0F0F0606060607070707",
        "iv": 0, "company": "", "role": "", "stage": "", "who": "",
        "trap": "audit-walkthrough-interview-with-auditor",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Goedert, Lisa":mailto:lisa.goedert@pwc.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Weber, Julien":mailto:julien.weber@mosellefs.lu
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Meyers, Frank":mailto:frank.meyers@mosellefs.lu
DESCRIPTION;LANGUAGE=en-GB:Dear Julien\,\n\nAs part of our audit of Alzette Invest SICAV for the year ended 31 December 2024\, we would like to hold a walkthrough interview on the NAV calculation process (pricing\, accruals\, fee calculation\, NAV review and sign-off). We will select two NAV dates for sample testing.\n\nKind regards\,\nLisa Goedert\nAudit Senior Manager\, PwC Luxembourg\n
UID:040000008200E00074C5B7101A82E008000000008E7051627384DB01000000000000000010000000DEDEDEDE0F0F0F0F0606060607070707
SUMMARY;LANGUAGE=en-GB:Alzette Invest SICAV - FY24 audit - walkthrough interview NAV process
DTSTART;TZID=W. Europe Standard Time:20250204T140000
DTEND;TZID=W. Europe Standard Time:20250204T153000
DTSTAMP:20250128T111500Z
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:MFS 3.04 Clervaux / Teams
""" + OUTLOOK_TAIL + r"""END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E008000000009F8162738495DB01000000000000000010000000EFEFEFEF101010100808080809090909",
        "iv": 0, "company": "", "role": "", "stage": "", "who": "",
        "trap": "client-due-diligence-visit-interviews-team",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Client Relationship MFS":mailto:crm@mosellefs.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Weber, Julien":mailto:julien.weber@mosellefs.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Meyers, Frank":mailto:frank.meyers@mosellefs.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Thill, Georges":mailto:georges.thill@mosellefs.lu
DESCRIPTION;LANGUAGE=en-GB:Annual due diligence visit of Rheinland Asset Management (ManCo oversight team\, 3 people). Agenda:\n09:30 Welcome & company update (G. Thill)\n10:00 Fund Accounting - the client will interview the team on NAV controls\, error handling and KPIs (F. Meyers\, J. Weber)\n11:15 Transfer Agency\n12:30 Lunch at Mamm Sender\n\nPlease make sure the NAV KPI pack Q1 is printed.\n
UID:040000008200E00074C5B7101A82E008000000009F8162738495DB01000000000000000010000000EFEFEFEF101010100808080809090909
SUMMARY;LANGUAGE=en-GB:Due Diligence visit - Rheinland AM - Fund Accounting session
DTSTART;TZID=W. Europe Standard Time:20250423T093000
DTEND;TZID=W. Europe Standard Time:20250423T123000
DTSTAMP:20250409T075511Z
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:MFS 5.01 Board room
""" + OUTLOOK_TAIL + r"""END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "training",
        "uid": "hot-session-FA302-2025-03-julien.weber@mosellefs.lu",
        "iv": 0, "company": "", "role": "", "stage": "", "who": "",
        "trap": "trade-training-house-of-training",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//House of Training//Inscriptions//FR
METHOD:PUBLISH
""" + TZ_LUX + r"""BEGIN:VEVENT
UID:hot-session-FA302-2025-03-julien.weber@mosellefs.lu
DTSTAMP:20250214T080000Z
DTSTART;TZID=Europe/Luxembourg:20250318T090000
DTEND;TZID=Europe/Luxembourg:20250318T170000
SUMMARY:House of Training - FA302 Fund accounting : instruments dérivés et swing pricing
DESCRIPTION:Confirmation d'inscription\n\nParticipant : Julien Weber (Moselle Fund Services S.A.)\nFormation : FA302 - Fund accounting avancé : valorisation des instruments dérivés\, swing pricing\, performance fees\nLieu : House of Training\, 7 rue Alcide de Gasperi\, Luxembourg-Kirchberg\nFormateur : expert d'un cabinet d'audit\nCertificat de participation : 7 heures CPD
LOCATION:House of Training\, 7 rue Alcide de Gasperi\, L-2981 Luxembourg
ORGANIZER;CN=House of Training:mailto:formation@houseoftraining.lu
ATTENDEE;CN=Julien Weber;ROLE=REQ-PARTICIPANT:mailto:julien.weber@mosellefs.lu
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
]
