"""Holdout167 events, part I: more Dutch employers (Eindhoven, Amsterdam, Utrecht)."""
# ruff: noqa: E501  (raw iCalendar text keeps the long lines real tools write)

EVENTS = [
    dict(
        kind="gcal-eindhoven",
        uid="0r7t3y9u1i5o2p8a4s6d0f3g7h@google.com",
        label=(1, "Brabant Mobility Labs", "Senior Product Owner", "hiring_manager", "koen.vandenbroek@bml.nl", "google-invite-hiring-manager-no-ats"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250402T083000Z
DTEND:20250402T093000Z
DTSTAMP:20250327T134511Z
ORGANIZER;CN=Koen van den Broek:mailto:koen.vandenbroek@bml.nl
UID:0r7t3y9u1i5o2p8a4s6d0f3g7h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Koen van den Broek;X-NUM-GUESTS=0:mailto:koen.vandenbroek@bml.nl
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=joost.vdberg@kpnmail.nl;X-NUM-GUESTS=0:mailto:joost.vdberg@kpnmail.nl
CREATED:20250327T134510Z
DESCRIPTION:Hoi Joost\,\n\nDank voor je cv\, Merel van HR gaf aan dat je interesse hebt in de rol Senior Product Owner bij ons laadpalenplatform. Ik spreek je graag over je ervaring en hoe je naar onze roadmap kijkt. Zullen we het online doen?\n\nGroet\,\nKoen\nHead of Product\, Brabant Mobility Labs\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nDeelnemen met Google Meet: https://meet.google.com/oiv-dxkq-zwr\nOf bel: (NL) +31 20 257 3946 pincode: 338 102 774#\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20250327T134510Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Kennismaking Koen / Joost - Senior PO
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="greenhouse-panel",
        uid="greenhouse-8830012450-interview-66120@greenhouse.io",
        label=(1, "Reisgenoot", "Senior Product Manager, Search", "onsite", "femke.huisman@reisgenoot.com;arjun.mehta@reisgenoot.com;c.doornbos@reisgenoot.com", "greenhouse-zoom-panel-earlier-coffee-friend-is-interviewer"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-8830012450-interview-66120@greenhouse.io
DTSTAMP:20250328T100212Z
DTSTART:20250403T120000Z
DTEND:20250403T141500Z
SUMMARY:Reisgenoot Panel Interview: Senior Product Manager\, Search
DESCRIPTION:Hi Joost\,\n\nHere are the details of your panel interview. You'll meet:\n- Arjun Mehta\, Director of Product (Search & Discovery)\n- Femke Huisman\, Senior PM (peer)\n- Chris Doornbos\, Data Science Lead\n\nZoom: https://reisgenoot.zoom.us/j/81229903317?pwd=RkxaS3ZtY0VU\nMeeting ID: 812 2990 3317\nOne tap mobile: +31202419416\,\,81229903317#\n\nCheers\,\nReisgenoot Recruiting
ORGANIZER;CN=Reisgenoot Recruiting:mailto:no-reply@greenhouse.io
ATTENDEE;CN=Joost van den Berg;RSVP=TRUE:mailto:joost.vdberg@kpnmail.nl
ATTENDEE;CN=Arjun Mehta:mailto:arjun.mehta@reisgenoot.com
ATTENDEE;CN=Femke Huisman:mailto:femke.huisman@reisgenoot.com
ATTENDEE;CN=Chris Doornbos:mailto:c.doornbos@reisgenoot.com
LOCATION:Zoom
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="recruitee-presentatie",
        uid="rt-interview-5609914@recruitee.com",
        label=(1, "Leerlab", "Product Owner Leerplatform", "technical", "bas.vermeer@leerlab.nl;i.kooistra@leerlab.nl", "recruitee-product-case-presentatie"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Recruitee//Interview Scheduler 2.0//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:rt-interview-5609914@recruitee.com
DTSTAMP:20250331T151230Z
DTSTART:20250407T120000Z
DTEND:20250407T131500Z
SUMMARY:Presentatie productcase | Product Owner Leerplatform - Leerlab
DESCRIPTION:Hoi Joost\,\n\nIn deze ronde presenteer je je uitwerking van de productcase (hoe verhogen we het gebruik van de docentendashboard?). Aanwezig: Bas Vermeer (CPO) en Inge Kooistra (Lead UX). Reken op 20 minuten presentatie en 40 minuten vragen.\n\nAdres: Leerlab\, Vaartsche Rijn 9\, Utrecht. Je bent welkom vanaf 13:45.\n\nGroeten\,\nTeam Leerlab
LOCATION:Vaartsche Rijn 9\, Utrecht
ORGANIZER;CN=Leerlab via Recruitee:mailto:notifications@recruitee.com
ATTENDEE;CN=Joost van den Berg;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:joost.vdberg@kpnmail.nl
ATTENDEE;CN=Bas Vermeer;ROLE=REQ-PARTICIPANT:mailto:bas.vermeer@leerlab.nl
ATTENDEE;CN=Inge Kooistra;ROLE=REQ-PARTICIPANT:mailto:i.kooistra@leerlab.nl
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="personio-tweede",
        uid="personio-interview-e2f7a018-6b3d-4c92-a4e1-9d0c5b8f7a26@personio.de",
        label=(1, "Dekking", "Senior Product Manager", "", "rik@dekking.nl", "personio-dutch-tweede-gesprek-no-clear-stage"),
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
%%TZ:AMS%%
BEGIN:VEVENT
UID:personio-interview-e2f7a018-6b3d-4c92-a4e1-9d0c5b8f7a26@personio.de
DTSTAMP:20250404T100000Z
DTSTART;TZID=Europe/Amsterdam:20250410T110000
DTEND;TZID=Europe/Amsterdam:20250410T120000
SUMMARY:Tweede gesprek - Senior Product Manager - Dekking
DESCRIPTION:Hoi Joost\,\n\nLeuk dat je door bent naar het tweede gesprek! Je spreekt met Rik Mol (CPO). Adres: Dekking\, Herengracht 420\, Amsterdam.\n\nTot dan!\nDekking People Team
ORGANIZER;CN=Dekking People Team:mailto:people@dekking.nl
ATTENDEE;CN=Joost van den Berg;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:joost.vdberg@kpnmail.nl
ATTENDEE;CN=Rik Mol;PARTSTAT=ACCEPTED:mailto:rik@dekking.nl
LOCATION:Herengracht 420\, Amsterdam
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="calendly-recruiter",
        uid="calendly-2d4f6a8c-0e1b-4c3d-9f5e-7a9b1c3d5e7f",
        label=(1, "Ouderportaal", "Product Owner", "recruiter_screen", "demi@ouderportaal.nl", "calendly-recruiter-host-user-invitee"),
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-2d4f6a8c-0e1b-4c3d-9f5e-7a9b1c3d5e7f
DTSTAMP:20250409T181122Z
DTSTART:20250414T070000Z
DTEND:20250414T072000Z
SUMMARY:Eerste belrondje Product Owner - Ouderportaal (Joost van den Berg)
DESCRIPTION:Event Name: Eerste belrondje Product Owner - Ouderportaal\n\nLocation: Demi belt je op: +31641287790\n\nQuestions:\nWaar zie je jezelf over 5 jaar? : Head of product in een scale-up.\nOpzegtermijn?: 2 maanden\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/2d4f6a8c-0e1b-4c3d-9f5e-7a9b1c3d5e7f\nReschedule: https://calendly.com/reschedulings/2d4f6a8c-0e1b-4c3d-9f5e-7a9b1c3d5e7f\n\nPowered by Calendly.com
ORGANIZER;CN=Demi Kuijpers:mailto:demi@ouderportaal.nl
ATTENDEE;CN=Joost van den Berg;PARTSTAT=ACCEPTED:mailto:joost.vdberg@kpnmail.nl
LOCATION:+31641287790
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="goto-interview",
        uid="040000008200E00074C5B7101A82E00800000000AA11BB22CC33DB0100000000000000001000000044DD55EE66FF77008899AABBCCDDEEFF",
        label=(1, "Rentmeester Hypotheken", "Product Owner Advieskanaal", "", "h.derksen@rentmeester.nl;ayla.demir@rentmeester.nl", "outlook-goto-meeting-gesprek-no-stage"),
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:WEST%%
BEGIN:VEVENT
ORGANIZER;CN="Derksen, Hans":mailto:h.derksen@rentmeester.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=joost.vdberg@kpnmail.nl:mailto:joost.vdberg@kpnmail.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Demir, Ayla":mailto:ayla.demir@rentmeester.nl
DESCRIPTION;LANGUAGE=nl-NL:Beste Joost\,\n\nDank voor je reactie op onze vacature Product Owner Advieskanaal. Graag spreken Ayla Demir (teamlead Adviseurs) en ik je over de functie.\n\nDeelnemen via GoToMeeting vanaf je computer\, tablet of smartphone:\nhttps://meet.goto.com/418227053\n\nJe kunt ook inbellen via de telefoon:\nNederland: +31 207 941 375\nToegangscode: 418-227-053\n\nMet vriendelijke groet\,\nHans Derksen\nManager Distributie & Digitaal\nRentmeester Hypotheken\, Rotterdam\n
UID:040000008200E00074C5B7101A82E00800000000AA11BB22CC33DB0100000000000000001000000044DD55EE66FF77008899AABBCCDDEEFF
SUMMARY;LANGUAGE=nl-NL:Gesprek Product Owner Advieskanaal
DTSTART;TZID=W. Europe Standard Time:20250416T153000
DTEND;TZID=W. Europe Standard Time:20250416T163000
CLASS:PUBLIC
DTSTAMP:20250410T091000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:GoToMeeting
END:VEVENT
END:VCALENDAR
""",
    ),
]
