"""Holdout167 events, part G: Dublin employers and agency; medical, reference, anonymous recruiter."""
# ruff: noqa: E501  (raw iCalendar text keeps the long lines real tools write)

EVENTS = [
    dict(
        kind="greenhouse-screen",
        uid="greenhouse-2290017743-interview-50112@greenhouse.io",
        label=(1, "Cillian Pay", "Senior Product Manager, Merchant Experience", "recruiter_screen", "aoife.byrne@cillianpay.com", "greenhouse-dublin-recruiter-screen-utc"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-2290017743-interview-50112@greenhouse.io
DTSTAMP:20250212T154403Z
DTSTART:20250218T110000Z
DTEND:20250218T113000Z
SUMMARY:Recruiter Screen: Joost van den Berg for Senior Product Manager\, Merchant Experience
DESCRIPTION:Hi Joost\,\n\nThanks for applying to Cillian Pay! Aoife from our Talent team will give you a call to chat about your experience and the role. Times shown in UTC (11:00 Dublin / 12:00 Amsterdam).\n\nPhone: Aoife will call +31 6 41287790\n\nCillian Pay\, 2 Grand Canal Square\, Dublin 2
ORGANIZER;CN=Aoife Byrne:mailto:no-reply@greenhouse.io
ATTENDEE;CN=Joost van den Berg;RSVP=TRUE:mailto:joost.vdberg@kpnmail.nl
ATTENDEE;CN=Aoife Byrne:mailto:aoife.byrne@cillianpay.com
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="hiring-manager-dublin",
        uid="greenhouse-2290017743-interview-50488@greenhouse.io",
        label=(1, "Cillian Pay", "Senior Product Manager, Merchant Experience", "hiring_manager", "ciaran.walsh@cillianpay.com", "greenhouse-dublin-tz-hiring-manager"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
VERSION:2.0
METHOD:REQUEST
%%TZ:DUB%%
BEGIN:VEVENT
UID:greenhouse-2290017743-interview-50488@greenhouse.io
DTSTAMP:20250221T093000Z
DTSTART;TZID=Europe/Dublin:20250227T150000
DTEND;TZID=Europe/Dublin:20250227T154500
SUMMARY:Hiring Manager Interview - Ciarán Walsh <> Joost van den Berg
DESCRIPTION:Hi Joost\,\n\nNext up: a 45-minute conversation with Ciarán Walsh\, Group Product Manager for Merchant Experience. Expect questions on how you've shaped roadmaps\, worked with engineering and handled a tough trade-off.\n\nZoom: https://cillianpay.zoom.us/j/94401288713?pwd=dk9TYm1KaUhp\n\nGood luck!\nAoife
ORGANIZER;CN=Aoife Byrne:mailto:no-reply@greenhouse.io
ATTENDEE;CN=Joost van den Berg;RSVP=TRUE:mailto:joost.vdberg@kpnmail.nl
ATTENDEE;CN=Ciarán Walsh:mailto:Ciaran.Walsh@cillianpay.com
LOCATION:Zoom
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="final-dublin-outlook",
        uid="040000008200E00074C5B7101A82E0080000000011F2E3D4C5B6DB01000000000000000010000000ABCDEF0123456789ABCDEF0123456789",
        label=(1, "Cillian Pay", "Senior Product Manager, Merchant Experience", "final", "niamh.obrien@cillianpay.com;ciaran.walsh@cillianpay.com;raj.patel@cillianpay.com", "outlook-gmt-standard-time-final-onsite-dublin"),
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:GMT%%
BEGIN:VEVENT
ORGANIZER;CN="O'Brien, Niamh":mailto:niamh.obrien@cillianpay.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=joost.vdberg@kpnmail.nl:mailto:joost.vdberg@kpnmail.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Walsh, Ciarán":mailto:ciaran.walsh@cillianpay.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Patel, Raj":mailto:raj.patel@cillianpay.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="DUB-GCS Liffey Room (10)":mailto:dub-liffey@cillianpay.com
DESCRIPTION;LANGUAGE=en-IE:Hi Joost\,\n\nLooking forward to meeting you in person in Dublin for the final round. Niamh (VP Product)\, Ciarán and Raj (Engineering Director) will join. We'd like you to present a 30-day/90-day plan for Merchant Experience (15 min)\, then open discussion.\n\nOur travel team will be in touch about flights and the hotel.\n\nBest\,\nNiamh\n
UID:040000008200E00074C5B7101A82E0080000000011F2E3D4C5B6DB01000000000000000010000000ABCDEF0123456789ABCDEF0123456789
SUMMARY;LANGUAGE=en-IE:Final interview - Joost van den Berg (Sr PM Merchant Experience)
DTSTART;TZID=GMT Standard Time:20250410T100000
DTEND;TZID=GMT Standard Time:20250410T120000
CLASS:PUBLIC
DTSTAMP:20250401T121500Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IE:DUB-GCS Liffey Room (10)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="icims-competency",
        uid="icims-interview-harbourline-1203-88417@icims.com",
        label=(1, "Harbourline Insurance", "Senior Product Owner - Digital Claims", "", "deirdre.kavanagh@harbourline.ie;m.fitzgerald@harbourline.ie", "icims-competency-based-interview-dublin"),
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//iCIMS//iCIMS Talent Cloud//EN
METHOD:REQUEST
%%TZ:DUB%%
BEGIN:VEVENT
UID:icims-interview-harbourline-1203-88417@icims.com
DTSTAMP:20250306T101010Z
DTSTART;TZID=Europe/Dublin:20250313T093000
DTEND;TZID=Europe/Dublin:20250313T103000
SUMMARY:Harbourline Insurance - Competency Based Interview - Senior Product Owner - Digital Claims (Req 1203)
DESCRIPTION:Dear Joost\,\n\nWe are pleased to invite you to a competency based interview for the Senior Product Owner - Digital Claims role (Req ID 1203).\n\nPanel: Deirdre Kavanagh (Head of Claims Transformation)\, Mark Fitzgerald (Product Manager).\n\nPlease prepare examples using the STAR format for: stakeholder management\, delivering change in a regulated environment\, and customer focus.\n\nMicrosoft Teams link to follow from the hiring team.\n\nKind regards\,\nHarbourline Talent Acquisition
ORGANIZER;CN=Harbourline Talent Acquisition:mailto:careers-noreply@icims.com
ATTENDEE;CN=Joost van den Berg;RSVP=TRUE:mailto:joost.vdberg@kpnmail.nl
ATTENDEE;CN=Deirdre Kavanagh:mailto:deirdre.kavanagh@harbourline.ie
ATTENDEE;CN=Mark Fitzgerald:mailto:m.fitzgerald@harbourline.ie
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="pre-employment-medical",
        uid="medmark-appt-55102-20250424@medmark.ie",
        label=(0, "", "", "", "", "pre-employment-medical-names-employer"),
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Medmark//Appointments//EN
METHOD:PUBLISH
%%TZ:DUB%%
BEGIN:VEVENT
UID:medmark-appt-55102-20250424@medmark.ie
DTSTAMP:20250415T142200Z
DTSTART;TZID=Europe/Dublin:20250424T090000
DTEND;TZID=Europe/Dublin:20250424T094500
SUMMARY:Pre-Employment Medical Assessment - Harbourline Insurance
DESCRIPTION:Your pre-employment medical on behalf of Harbourline Insurance DAC has been booked. Video consultation with an occupational health nurse followed by a short questionnaire. Please have photo ID ready and complete the health declaration beforehand.\n\nLink: https://portal.medmark.ie/v/55102
LOCATION:Video consultation
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="lever-case-study",
        uid="lever-interview-9a2e7c14-b5d0-4e61-a8f3-0c6b2d9e1f47",
        label=(1, "Tallyfox", "Senior Product Manager", "technical", "orla@tallyfox.io;james.reilly@tallyfox.io", "lever-case-study-presentation-dublin"),
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-9a2e7c14-b5d0-4e61-a8f3-0c6b2d9e1f47
DTSTAMP:20250326T120000Z
DTSTART:20250402T130000Z
DTEND:20250402T140000Z
SUMMARY:Tallyfox - Case Study Presentation (Senior Product Manager)
DESCRIPTION:Interviewers: Orla Doyle\, James Reilly\n\nHi Joost\, as discussed you'll walk Orla (Head of Product) and James (CTO) through your case study on improving onboarding for SME accountants. 30 mins presentation\, 30 mins Q&A.\n\nGoogle Meet: https://meet.google.com/wqa-ndke-fuj
ORGANIZER;CN=Tallyfox Talent:mailto:talent@tallyfox.io
ATTENDEE;CN=Joost van den Berg;RSVP=TRUE:mailto:joost.vdberg@kpnmail.nl
ATTENDEE;CN=Orla Doyle:mailto:orla@tallyfox.io
ATTENDEE;CN=James Reilly:mailto:james.reilly@tallyfox.io
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="irish-agency",
        uid="6c0d9e2f-3a71-4b58-8e14-f2a7b0c9d365",
        label=(1, "Quillpoint", "Head of Product", "recruiter_screen", "shane.murphy@clearviewtalent.ie", "irish-agency-screen-client-named"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
%%TZ:GMT%%
BEGIN:VEVENT
ATTENDEE;CN=Joost van den Berg;RSVP=TRUE:mailto:joost.vdberg@kpnmail.nl
CLASS:PUBLIC
CREATED:20250317T104455Z
DESCRIPTION:Hi Joost\,\n\nGreat to connect on LinkedIn. As mentioned\, my client Quillpoint (Series B legal-tech\, Dublin 4) is hiring a Head of Product and I think your insurance background is a strong fit. On this call I'd like to go through your CV\, motivation for Dublin\, notice period and package expectations before I put you forward.\n\nI'll ring you on +31 6 41287790.\n\nCheers\,\nShane Murphy\nClearview Talent | Technology & Product\n+353 1 555 0142\n
DTEND;TZID="GMT Standard Time":20250319T143000
DTSTAMP:20250317T104455Z
DTSTART;TZID="GMT Standard Time":20250319T140000
LAST-MODIFIED:20250317T104455Z
LOCATION:Phone call
ORGANIZER;CN="Shane Murphy":mailto:shane.murphy@clearviewtalent.ie
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-ie:Joost van den Berg / Shane Murphy - Clearview Talent
TRANSP:OPAQUE
UID:6c0d9e2f-3a71-4b58-8e14-f2a7b0c9d365
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="referee-call",
        uid="E4B3A2C1-9F8E-4D7C-B6A5-0123456789AB",
        label=(0, "", "", "", "", "reference-call-user-as-referee"),
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.4//EN
CALSCALE:GREGORIAN
%%TZ:AMS%%
BEGIN:VEVENT
CREATED:20250318T131215Z
UID:E4B3A2C1-9F8E-4D7C-B6A5-0123456789AB
DTEND;TZID=Europe/Amsterdam:20250319T171500
TRANSP:OPAQUE
SUMMARY:Referentie Sanne (ex-collega) - recruiter belt mij
DTSTART;TZID=Europe/Amsterdam:20250319T170000
DTSTAMP:20250318T131215Z
DESCRIPTION:Sanne solliciteert als scrum master bij een bank\, ik ben haar referentie. Recruiter heet Daphne. Punten: samenwerking team Inboedel 2022-23\, conflict met architect goed opgelost\, altijd betrouwbaar.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="recruiter-no-employer",
        uid="8b1f3c2a-5e7d-4f90-a6c4-2d1e0b9f8a73",
        label=(0, "", "", "", "", "recruiter-call-names-no-employer"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
%%TZ:WEST%%
BEGIN:VEVENT
ATTENDEE;CN=joost.vdberg@kpnmail.nl;RSVP=TRUE:mailto:joost.vdberg@kpnmail.nl
CLASS:PUBLIC
CREATED:20250225T090112Z
DESCRIPTION:Hoi Joost\,\n\nLeuk je te spreken! Ik werk veel voor verzekeraars en fintechs in de Randstad en heb op dit moment een paar senior PO en product manager opdrachten lopen waar ik nog niet veel over kan zeggen. Eerst wil ik graag jouw wensen en profiel goed begrijpen\, dan kijken we samen wat past.\n\nTot dan\,\nRoos Jansen\nPrincipal Consultant Digital & Product | Harbor Select\n
DTEND;TZID="W. Europe Standard Time":20250228T090000
DTSTAMP:20250225T090112Z
DTSTART;TZID="W. Europe Standard Time":20250228T083000
LOCATION:Microsoft Teams
ORGANIZER;CN="Roos Jansen":mailto:roos.jansen@harborselect.nl
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=nl:Verkennend gesprek Joost van den Berg / Harbor Select
TRANSP:OPAQUE
UID:8b1f3c2a-5e7d-4f90-a6c4-2d1e0b9f8a73
END:VEVENT
END:VCALENDAR
""",
    ),
]
