# ruff: noqa: E501
"""holdout203 events, part iv3: Big Four, banks and asset servicers (CC0 1.0)."""

from holdout203ev_tz import TZ_LUX_SF, TZ_WEST

EVENTS = [
    {
        "kind": "workday",
        "uid": "WD-INT-5e2d8f1a3b6c4d9e0f7a1b2c3d4e5f60@deloitte.wd103.myworkday.com",
        "iv": 1, "company": "Deloitte Luxembourg",
        "role": "Manager - Investment Management Operations Advisory", "stage": "onsite",
        "who": "lpeiffer@deloitte.lu;asmet@deloitte.lu",
        "trap": "workday-onsite-two-interviewers-utc-cest",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc.//Workday Recruiting Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INT-5e2d8f1a3b6c4d9e0f7a1b2c3d4e5f60@deloitte.wd103.myworkday.com
DTSTAMP:20250325T104533Z
DTSTART:20250402T120000Z
DTEND:20250402T133000Z
SEQUENCE:0
SUMMARY:In-Person Interview: Manager - Investment Management Operations Advisory - Julien Weber
DESCRIPTION:Dear Julien\,\n\nWe are pleased to invite you to an in-person interview at Deloitte Luxembourg\, 20 Boulevard de Kockelscheuer\, L-1821 Luxembourg (Cloche d'Or).\n\nInterviewers:\n- Luc Peiffer\, Partner\n- Anke Smet\, Director\n\nPlease bring a valid ID. Visitor parking is available at level -1 (ask the reception for a ticket).\n\nKind regards\,\nDeloitte Luxembourg Talent Acquisition
LOCATION:Deloitte Luxembourg\, 20 Boulevard de Kockelscheuer\, L-1821 Luxembourg
ORGANIZER;CN=Deloitte Luxembourg Careers:mailto:deloitte@myworkday.com
ATTENDEE;CN=Julien Weber;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:julien.weber.lux@pt.lu
ATTENDEE;CN=Luc Peiffer;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lpeiffer@deloitte.lu
ATTENDEE;CN=Anke Smet;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:asmet@deloitte.lu
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "successfactors",
        "uid": "SFRCM-IV-60117342-1@eyluxembourg.successfactors.eu",
        "iv": 1, "company": "EY Luxembourg",
        "role": "Manager - Wealth & Asset Management - Fund Operations", "stage": "hiring_manager",
        "who": "pierre.hansen@lu.ey.com",
        "trap": "successfactors-first-round-senior-manager",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//SuccessFactors\, Inc//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_LUX_SF + r"""BEGIN:VEVENT
UID:SFRCM-IV-60117342-1@eyluxembourg.successfactors.eu
DTSTAMP:20250306T151722Z
DTSTART;TZID=Europe/Luxembourg:20250314T080000
DTEND;TZID=Europe/Luxembourg:20250314T084500
SUMMARY:Interview: Manager - Wealth & Asset Management - Fund Operations - Julien Weber
DESCRIPTION:Dear Julien Weber\,\n\nYour interview has been scheduled.\n\nJob Requisition: LUX-FSO-2025-044 Manager - Wealth & Asset Management - Fund Operations\nDate: 14/03/2025\nTime: 08:00 - 08:45 (CET)\nInterviewer(s): Pierre Hansen (Senior Manager\, FSO Assurance)\nLocation: Microsoft Teams\n\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_YTc2MG%40thread.v2/0\n\nEY Luxembourg Talent Team\nThis is an automated message.
ORGANIZER;CN=EY Careers:mailto:noreply@successfactors.eu
ATTENDEE;CN=Julien Weber;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:julien.weber.lux@pt.lu
ATTENDEE;CN=Pierre Hansen;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:pierre.hansen@lu.ey.com
LOCATION:Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000C2B7E4D19A90DB0100000000000000001000000077F3A2E1D0C9B8A7F6E5D4C3B2A19080",
        "iv": 1, "company": "PwC Luxembourg", "role": "Senior Associate - Fund Services",
        "stage": "technical", "who": "amelie.roux@pwc.com",
        "trap": "french-entretien-technique-big-four",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN=Amelie Roux:mailto:amelie.roux@pwc.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=julien.weber.lux@pt.lu:mailto:julien.weber.lux@pt.lu
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="LU-CRYSTAL-4.21 (6p)":mailto:lu-crystal-421@pwc.com
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Julien\,\n\nJe vous confirme notre entretien technique pour le poste de Senior Associate – Fund Services (NAV / TA / oversight). Nous aborderons des cas pratiques : traitement d'une erreur de VNI selon la circulaire CSSF 24/856\, swing pricing\, réconciliations.\n\nAdresse : PwC Luxembourg\, Crystal Park\, 2 rue Gerhard Mercator\, L-2182 Luxembourg.\n\nBien à vous\,\nAmélie Roux\nDirector | Fund Services\n
UID:040000008200E00074C5B7101A82E00800000000C2B7E4D19A90DB0100000000000000001000000077F3A2E1D0C9B8A7F6E5D4C3B2A19080
SUMMARY;LANGUAGE=fr-FR:Entretien technique - Julien Weber (Senior Associate Fund Services)
DTSTART;TZID=W. Europe Standard Time:20250409T171500
DTEND;TZID=W. Europe Standard Time:20250409T181500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250402T071102Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:PwC Crystal Park - LU-CRYSTAL-4.21
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
        "uid": "040000008200E00074C5B7101A82E00800000000F4E1D1C0B29EDB01000000000000000010000000AB12CD34EF56AB78CD90EF12AB34CD56",
        "iv": 1, "company": "J.P. Morgan", "role": "Fund Accounting Oversight - Vice President",
        "stage": "onsite",
        "who": "claire.x.dupont@jpmorgan.com;mark.oneill@jpmorgan.com;stefan.weis@jpmorgan.com",
        "trap": "superday-sent-by-assistant-back-to-back",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Dupont, Claire X";SENT-BY="mailto:emma.l.reding@jpmorgan.com":mailto:claire.x.dupont@jpmorgan.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=julien.weber.lux@pt.lu:mailto:julien.weber.lux@pt.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="O'Neill, Mark":mailto:mark.oneill@jpmorgan.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Weis, Stefan":mailto:stefan.weis@jpmorgan.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="LUX EBBC Bldg C 3F Mtg Rm Remich":mailto:lux.ebbc.c3.remich@jpmorgan.com
DESCRIPTION;LANGUAGE=en-US:Julien\,\n\nConfirming your superday at J.P. Morgan SE - Luxembourg Branch\, European Bank & Business Centre\, 6 route de Treves\, L-2633 Senningerberg (Building C\, reception on the ground floor).\n\n14:00 - 14:45  Claire Dupont\, Executive Director\, Fund Accounting Oversight\n14:45 - 15:30  Mark O'Neill\, Vice President\, Fund Services Control\n15:30 - 16:15  Stefan Weis\, Managing Director\, Head of Fund Services Luxembourg\n\nPlease arrive 15 minutes early to collect your visitor badge.\n\nBest regards\,\nEmma Reding\non behalf of Claire Dupont\n\nThis message is confidential and subject to terms at: https://www.jpmorgan.com/emaildisclaimer\n
UID:040000008200E00074C5B7101A82E00800000000F4E1D1C0B29EDB01000000000000000010000000AB12CD34EF56AB78CD90EF12AB34CD56
SUMMARY;LANGUAGE=en-US:Superday - Julien Weber - Fund Accounting Oversight VP
DTSTART;TZID=W. Europe Standard Time:20250425T140000
DTEND;TZID=W. Europe Standard Time:20250425T161500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250415T082744Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:LUX EBBC Bldg C 3F Mtg Rm Remich
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
        "kind": "ashby",
        "uid": "ashby-interview-schedule-5f0c1a7e-bd2a-4b63-9e21-7c8d3e4f5a6b",
        "iv": 1, "company": "BNY", "role": "NAV Oversight Lead", "stage": "technical",
        "who": "karen.lutz@bny.com",
        "trap": "ashby-technical-zoom-utc",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ashby//Ashby Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-interview-schedule-5f0c1a7e-bd2a-4b63-9e21-7c8d3e4f5a6b
DTSTAMP:20250328T142211Z
DTSTART:20250403T073000Z
DTEND:20250403T083000Z
SUMMARY:Julien Weber <> BNY - NAV Oversight Lead - Technical Interview
DESCRIPTION:Interview with Karen Lutz (Director\, Fund Accounting Oversight).\n\nThis is a technical conversation: oversight of third-party administrators\, NAV tolerance thresholds\, pricing challenges and break investigation.\n\nZoom: https://bny.zoom.us/j/96114203378?pwd=aGxpQkd1\nMeeting ID: 961 1420 3378\nPasscode: 270418\n\nScheduled with Ashby
ORGANIZER;CN=BNY Talent Acquisition:mailto:scheduling@bny.ashbyhq.com
ATTENDEE;CN=Julien Weber;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:julien.weber.lux@pt.lu
ATTENDEE;CN=Karen Lutz;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:karen.lutz@bny.com
LOCATION:https://bny.zoom.us/j/96114203378?pwd=aGxpQkd1
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "user-typed",
        "uid": "8E37A6C1-21F4-4D0B-9B62-5A1C0D3E7F88",
        "iv": 1, "company": "BlackRock", "role": "", "stage": "recruiter_screen", "who": "",
        "trap": "user-typed-hirevue-one-way-video-floating",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250317T211405Z
UID:8E37A6C1-21F4-4D0B-9B62-5A1C0D3E7F88
DTEND:20250319T211500
TRANSP:OPAQUE
SUMMARY:HireVue BlackRock
LAST-MODIFIED:20250317T211622Z
DTSTAMP:20250317T211622Z
DTSTART:20250319T203000
DESCRIPTION:entretien vidéo différé\, 5 questions\, 3 min chacune\, 30s de prépa. lien dans le mail du 17/03 (deadline jeudi 23h59). Fund Oversight Associate Lux. Chemise + fond neutre\, PC fixe pas le tel
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "webex-invite",
        "uid": "4a1e7b2c9d0f4e3a8b6c5d7e9f1a2b3c@hsbc.webex.com",
        "iv": 1, "company": "HSBC", "role": "Team Leader Fund Accounting", "stage": "",
        "who": "yann.muller@hsbc.com",
        "trap": "webex-interview-no-clear-stage",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Cisco Webex//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:4a1e7b2c9d0f4e3a8b6c5d7e9f1a2b3c@hsbc.webex.com
DTSTAMP:20250408T120301Z
DTSTART:20250415T153000Z
DTEND:20250415T163000Z
SUMMARY:Interview - Team Leader Fund Accounting - J. Weber
DESCRIPTION:Yann Muller invites you to join this Webex meeting.\n\nInterview for the Team Leader Fund Accounting position\, HSBC Continental Europe\, Luxembourg.\n\nMeeting number (access code): 2742 118 4093\nMeeting password: Ht4vRm2Q\n\nJoin meeting\nhttps://hsbc.webex.com/hsbc/j.php?MTID=m5b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e\n\nTap to join from a mobile device (attendees only)\n+352-2786-4250\,\,27421184093## Luxembourg Toll\n\nJoin by phone\n+352-2786-4250 Luxembourg Toll\nAccess code: 2742 118 4093\n\nCan't join the meeting?\nhttps://help.webex.com/docs/DOC-5412
ORGANIZER;CN=Yann Muller:mailto:yann.muller@hsbc.com
ATTENDEE;CN=Julien Weber;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:julien.weber.lux@pt.lu
LOCATION:https://hsbc.webex.com/hsbc/j.php?MTID=m5b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E008000000005A7C3E91D3A2DB010000000000000000100000003C5E7A9B1D3F5A7C9E1B3D5F7A9C1E3B",
        "iv": 1, "company": "Société Générale Luxembourg",
        "role": "Responsable d'équipe Comptabilité OPC", "stage": "hiring_manager",
        "who": "olivier.gerard@socgen.com",
        "trap": "french-outlook-entretien-manager-in-person",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="GERARD Olivier (SGBT/OPS/FAS)":mailto:olivier.gerard@socgen.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=julien.weber.lux@pt.lu:mailto:julien.weber.lux@pt.lu
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="SCHNEIDER Julie (SGBT/HRL)":mailto:julie.schneider@socgen.com
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Monsieur Weber\,\n\nJe vous confirme notre rendez-vous pour échanger sur le poste de Responsable d'équipe Comptabilité OPC au sein de mon département.\nAdresse : Société Générale Luxembourg\, 11 avenue Emile Reuter\, L-2420 Luxembourg. Merci de vous présenter à l'accueil avec une pièce d'identité.\n\nJulie Schneider (RH) est en copie pour information.\n\nCordialement\,\nOlivier Gérard\nHead of Fund Administration Services\n
UID:040000008200E00074C5B7101A82E008000000005A7C3E91D3A2DB010000000000000000100000003C5E7A9B1D3F5A7C9E1B3D5F7A9C1E3B
SUMMARY;LANGUAGE=fr-FR:Entretien M. Weber - Responsable d'équipe Comptabilité OPC
DTSTART;TZID=W. Europe Standard Time:20250422T180000
DTEND;TZID=W. Europe Standard Time:20250422T190000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250414T163355Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:11 av. Emile Reuter - 5e étage
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
        "kind": "recruitee",
        "uid": "recruitee-event-1188342@bdl.recruitee.com",
        "iv": 1, "company": "Banque de Luxembourg", "role": "Superviseur Fund Administration",
        "stage": "recruiter_screen", "who": "anne.thill@bdl.lu",
        "trap": "recruitee-french-visio-screen",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Recruitee//Recruitee Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:recruitee-event-1188342@bdl.recruitee.com
DTSTAMP:20250404T071544Z
DTSTART:20250410T063000Z
DTEND:20250410T070000Z
SUMMARY:Entretien visio | Superviseur Fund Administration | Julien Weber
DESCRIPTION:Bonjour Julien\,\n\nMerci pour votre intérêt pour la Banque de Luxembourg. Je vous propose un premier échange de 30 minutes par visioconférence afin de mieux connaître votre parcours et vos attentes.\n\nLien Teams : https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzQxNz%40thread.v2/0\n\nAnne Thill\nTalent Acquisition\nBanque de Luxembourg\, 14 boulevard Royal\, L-2449 Luxembourg
ORGANIZER;CN=Anne Thill:mailto:anne.thill@bdl.lu
ATTENDEE;CN=Julien Weber;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:julien.weber.lux@pt.lu
LOCATION:Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E008000000009C0B4F2E1AA3DB01000000000000000010000000F0E1D2C3B4A59687786950A4B3C2D1E0",
        "iv": 1, "company": "Spuerkeess", "role": "Team Leader Fund Accounting", "stage": "",
        "who": "c.wagner@bcee.lu;p.schmit@bcee.lu",
        "trap": "luxembourgish-virstellungsgespreich",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Wagner Carole":mailto:c.wagner@bcee.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=julien.weber.lux@pt.lu:mailto:julien.weber.lux@pt.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Schmit Paul":mailto:p.schmit@bcee.lu
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="Sall Metz 1.14":mailto:sall.metz114@bcee.lu
DESCRIPTION;LANGUAGE=lb-LU:Moien Här Weber\,\n\nMerci fir Är Kandidatur. Mir invitéieren Iech op e Virstellungsgespréich fir de Poste Team Leader Fund Accounting (Service Fonds d'investissement). Dir begéint de Paul Schmit (Chef de service) an mech.\n\nAdress: Spuerkeess\, 1\, Place de Metz\, L-1930 Lëtzebuerg – Empfang Entrée principale.\n\nL'entretien peut se faire en français si vous le souhaitez.\n\nMat beschte Gréiss\,\nCarole Wagner\nRessources humaines\n
UID:040000008200E00074C5B7101A82E008000000009C0B4F2E1AA3DB01000000000000000010000000F0E1D2C3B4A59687786950A4B3C2D1E0
SUMMARY;LANGUAGE=lb-LU:Virstellungsgespréich Här Weber - Team Leader Fund Accounting
DTSTART;TZID=W. Europe Standard Time:20250429T140000
DTEND;TZID=W. Europe Standard Time:20250429T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250417T092237Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=lb-LU:Sall Metz 1.14
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
        "kind": "google-export",
        "uid": "0vmk5b2s8q1c7e4h3p9rtn6jaf@google.com",
        "iv": 1, "company": "BIL", "role": "Team Leader Fund Administration", "stage": "onsite",
        "who": "Nathalie Kremer;Paulo Da Costa",
        "trap": "x-wr-timezone-export-self-entry-onsite",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Julien perso
X-WR-TIMEZONE:Europe/Paris
BEGIN:VEVENT
DTSTART:20250430T160000Z
DTEND:20250430T171500Z
DTSTAMP:20250502T184410Z
UID:0vmk5b2s8q1c7e4h3p9rtn6jaf@google.com
CREATED:20250423T175901Z
DESCRIPTION:Team Leader Fund Administration\nNathalie Kremer (RH) + Paulo Da Costa (head of fund admin)\nBIL siège\, 69 route d'Esch - accueil bât. A\nprendre : CV imprimé\, bulletins de salaire (ils veulent le package actuel)
LAST-MODIFIED:20250423T180247Z
LOCATION:69 Route d'Esch\, 1470 Luxembourg
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien BIL route d'Esch
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "calendly",
        "uid": "calendly-7c2e1f94-3a8b-4d60-b15e-0f9a8d7c6b54",
        "iv": 1, "company": "Edmond de Rothschild", "role": "Fund Accounting Supervisor",
        "stage": "recruiter_screen", "who": "julie.mercier@edr.com",
        "trap": "calendly-user-as-invitee-prequalification",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-7c2e1f94-3a8b-4d60-b15e-0f9a8d7c6b54
DTSTAMP:20250318T203122Z
DTSTART:20250321T113000Z
DTEND:20250321T120000Z
SUMMARY:Préqualification 30 min between Julie Mercier and Julien Weber
DESCRIPTION:Event Name: Préqualification - Fund Accounting Supervisor (EdR AM Luxembourg)\n\nLocation: Julie vous appellera au +33671245890\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/7c2e1f94-3a8b-4d60-b15e-0f9a8d7c6b54\nReschedule: https://calendly.com/reschedulings/7c2e1f94-3a8b-4d60-b15e-0f9a8d7c6b54\n\nPowered by Calendly.com
ORGANIZER;CN=Julie Mercier:mailto:julie.mercier@edr.com
ATTENDEE;CN=Julien Weber;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:julien.weber.lux@pt.lu
LOCATION:+33671245890
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
]
