# ruff: noqa: E501, W291, W293, RUF100
"""holdout274, part B: the user's own interviews with an MEP office, think tanks, consultancies, NGOs,
Belgian administrations, German and Spanish organisations, a start-up and her own employer."""

from holdout274ev_zones import (
    TZ_BERLIN,
    TZ_BRU_APPLE,
    TZ_BRU_GOOGLE,
    TZ_ROMANCE,
    TZ_UTC01,
    TZ_WEST,
)

FORMS = {
    "Office of Anneleen Verhoeven MEP": "Anneleen Verhoeven|Verhoeven|MEP Verhoeven",
    "Brussels Forum for European Policy": "BFEP",
    "Alderhaven Public Affairs": "Alderhaven",
    "Réseau Européen pour l'Innovation Sociale": "REIS|Reseau Europeen pour l'Innovation Sociale",
    "EuroDigital Industry Association": "EDIA|EuroDigital",
    "Valmont Evaluation Partners": "Valmont",
    "Kessler & Vandamme Public Sector Advisory": "Kessler & Vandamme|Kessler and Vandamme|K&V",
    "FPS Economy": "SPF Economie|FOD Economie|Federal Public Service Economy|SPF Économie",
    "Vlaams Agentschap voor Innovatie": "VAI",
    "Agence wallonne pour l'Innovation": "AWI",
    "Brussels Metropolitan Planning Bureau": "BMPB|Bureau bruxellois de planification métropolitaine|Brussels Planbureau",
    "OECD": "Organisation for Economic Co-operation and Development|OCDE",
    "Stiftung Europäische Zukunft": "Stiftung Europaeische Zukunft|SEZ",
    "Forschungsverbund Rhein-Ruhr": "FRR|Forschungsverbund Rhein-Ruhr Büro Brüssel",
    "Red Europea de Regiones Innovadoras": "RERI",
    "Instituut voor Europese Studies": "IES|Institute for European Studies|Vrije Hogeschool Brussel",
    "Votely": "",
    "European Chemical Industry Forum": "ECIF",
    "Brussels Energy Transition Alliance": "BETA",
    "Association of European Research Regions": "AERR",
    "Foundation for Civic Europe": "FCE|Civic Europe",
    "EURIS Network": "EURIS",
    "Lindqvist Policy Consulting": "Lindqvist",
    "Brussel Innovatie": "Brussels Innovation|Bruxelles Innovation|Brussel-Innovatie",
    "Cabinet of Minister Delcourt": "Cabinet Delcourt|Cabinet du Ministre Delcourt",
    "Permanent Representation of Belgium to the EU": "RP BE|Belgian Permanent Representation|PV België|Représentation permanente de la Belgique",
}

GOOGLE_FOOTER = r"""\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\nYou are receiving this email because you are an attendee on the event. To st
 op receiving future updates for this event\, decline this event.\n\nForwar
 ding this invitation could allow any recipient to send a response to the o
 rganizer\, be added to the guest list\, invite others regardless of their
  own invitation status\, or modify your RSVP. Learn more https://support.g
 oogle.com/calendar/answer/37135#forwarding"""

GOOGLE_MEET = r"""\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nJoin
  with Google Meet: https://meet.google.com/qxe-vbtr-pkd\nOr dial: (BE) +32 
 2 290 41 87 PIN: 518 663 294#\nMore phone numbers: https://tel.meet/qxe-vb
 tr-pkd?pin=5186632940217\n\nLearn more about Meet at: https://support.goog
 le.com/a/users/answer/9282720\n\nPlease do not edit this section.\n-::~:~:
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"""

TEAMS_NL = r"""\n\n________________________________________________________________________________\nMicrosoft Teams-vergadering\nDeelnemen op uw computer\, mobiele app of ruimteapparaat\nKlik hier om deel te nemen aan de vergadering<https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2M1ZTg4MTYtZjM5Zi00MjI1LWE4OTgtNmQz%40thread.v2/0?context=%7b%22Tid%22%3a%22e5a7c0d1%22%7d>\nVergadering-id: 384 226 190 551\nWachtwoordcode: pX4Wd9\nTeams downloaden<https://www.microsoft.com/nl-be/microsoft-teams/download-app> | Deelnemen op het web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n________________________________________________________________________________\n"""

EVENTS = [
    dict(
        kind="teams-invite",
        uid="040000008200E00074C5B7101A82E00800000000B1B0D3E5E486DC0100000000000000001000000014A6B3626E2A8604403B6AD38A883C43",
        is_interview=1,
        company="Office of Anneleen Verhoeven MEP",
        role="geaccrediteerde parlementaire medewerker (APA)",
        stage="hiring_manager",
        interviewers="thomas.lambrecht@europarl.europa.example.eu",
        trap="mep-head-of-office-dutch-call",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEST}BEGIN:VEVENT
ORGANIZER;CN="LAMBRECHT Thomas":mailto:thomas.lambrecht@europarl.europa.exa
 mple.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=katrien.de
 smet.lefort@proton.me:mailto:katrien.desmet.lefort@proton.me
DESCRIPTION;LANGUAGE=nl-BE:Dag Katrien\,\n\nZoals telefonisch besproken: ee
 n eerste kennismakingsgesprek van een halfuurtje over de vacature van gea
 ccrediteerde parlementaire medewerker (APA) in het kantoor van Anneleen V
 erhoeven (ITRE/REGI). Ik vertel wat meer over de job en het team\, en ik 
 hoor graag waarom je de overstap wil maken.\n\nGroeten\,\nThomas Lambrecht
 \nHead of Office - Anneleen Verhoeven MEP\nEuropees Parlement\, ASP 08G146
 {TEAMS_NL}
UID:040000008200E00074C5B7101A82E00800000000B1B0D3E5E486DC0100000000000000
 001000000014A6B3626E2A8604403B6AD38A883C43
SUMMARY;LANGUAGE=nl-BE:Call APA-vacature - Katrien De Smet-Lefort
DTSTART;TZID=W. Europe Standard Time:20260116T123000
DTEND;TZID=W. Europe Standard Time:20260116T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260112T175514Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-BE:Microsoft Teams-vergadering
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-520441876
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-floating",
        uid="A044F150-B36C-44CF-9098-DDED6CAA9C16",
        is_interview=1,
        company="Office of Anneleen Verhoeven MEP",
        role="APA",
        stage="technical",
        interviewers="",
        trap="hand-typed-typo-floating-written-test",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260119T213344Z
DTEND:20260126T113000
DTSTAMP:20260119T213402Z
DTSTART:20260126T100000
LAST-MODIFIED:20260119T213402Z
SEQUENCE:0
SUMMARY:APA tets Verhoeven - 90 min\, mail komt om 10u!!
DESCRIPTION:stemlijst + 3 amendementen ITRE (Chips Act 2?)\nthuis werken\, 
 laptop opgeladen\, rules of procedure bij de hand
UID:A044F150-B36C-44CF-9098-DDED6CAA9C16
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT30M
UID:9FFC0E62-A9C1-4DE2-816D-92B09DCCD045
X-WR-ALARMUID:9FFC0E62-A9C1-4DE2-816D-92B09DCCD045
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-rescheduled",
        uid="040000008200E00074C5B7101A82E00800000000C4A1A7A61D8ADC01000000000000000010000000475B425BB8925F836A04393701DC4E35",
        is_interview=1,
        company="Office of Anneleen Verhoeven MEP",
        role="APA",
        stage="final",
        interviewers="anneleen.verhoeven@europarl.europa.example.eu;thomas.lambrecht@europarl.europa.example.eu",
        trap="rescheduled-sequence-2-mep-plenary-vote",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEST}BEGIN:VEVENT
ORGANIZER;CN="LAMBRECHT Thomas":mailto:thomas.lambrecht@europarl.europa.exa
 mple.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=katrien.de
 smet.lefort@proton.me:mailto:katrien.desmet.lefort@proton.me
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="VERHOEVEN Ann
 eleen":mailto:anneleen.verhoeven@europarl.europa.example.eu
DESCRIPTION;LANGUAGE=nl-BE:Dag Katrien\,\n\nOPNIEUW VERPLAATST - excuses! D
 e stemming in plenaire is naar woensdagmiddag geschoven. Nieuw moment: do
 nderdag 5/2 om 13u\, zelfde plaats.\n\nGesprek met Anneleen (en mezelf) 
 - laatste ronde voor de APA-functie. Reken op 45 minuten. Meld je aan bij 
 de bezoekersingang ASP (Wiertzstraat)\, ik kom je halen.\n\nThomas\n
UID:040000008200E00074C5B7101A82E00800000000C4A1A7A61D8ADC0100000000000000
 0010000000475B425BB8925F836A04393701DC4E35
SUMMARY;LANGUAGE=nl-BE:Gesprek Anneleen Verhoeven - APA (laatste ronde)
DTSTART;TZID=W. Europe Standard Time:20260205T130000
DTEND;TZID=W. Europe Standard Time:20260205T134500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260202T081903Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=nl-BE:ASP 08G146
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-OWNERAPPTID:-520441877
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="recruitee-invite",
        uid="recruitee-interview-8871245@recruitee.example.com",
        is_interview=1,
        company="Brussels Forum for European Policy",
        role="Research Fellow, Innovation & Industrial Policy",
        stage="technical",
        interviewers="",
        trap="ats-writing-assignment-no-interviewer-utc",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Recruitee//Recruitee Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:recruitee-interview-8871245@recruitee.example.com
DTSTAMP:20260128T121507Z
DTSTART:20260203T080000Z
DTEND:20260203T100000Z
SUMMARY:Writing assignment - Research Fellow\, Innovation & Industrial Poli
 cy (Brussels Forum for European Policy)
ORGANIZER;CN=Brussels Forum for European Policy:mailto:jobs+bfep@mail.recr
 uitee.example.com
ATTENDEE;CN=Katrien De Smet-Lefort;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:ka
 trien.desmet.lefort@proton.me
DESCRIPTION:Hi Katrien\,\n\nThank you for booking a slot for the writing as
 signment.\n\nAt 09:00 (Brussels time) you will receive the assignment by e
 -mail. You then have two hours to submit a policy brief of max. 1\,200 wo
 rds through the link in that e-mail. You may use any sources but please 
 do not use generative AI tools.\n\nGood luck!\nThe BFEP team\n\n--\nSent w
 ith Recruitee
LOCATION:Online
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-invite",
        uid="r9w5llhy54mbk4zrluzih83ibe@google.com",
        is_interview=1,
        company="Brussels Forum for European Policy",
        role="Research Fellow",
        stage="onsite",
        interviewers="e.marchetti@bfep.example.eu;r.vandenbroek@bfep.example.eu",
        trap="google-invite-office-manager-organizer",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260212T090000Z
DTEND:20260212T101500Z
DTSTAMP:20260206T103221Z
ORGANIZER;CN=Nadia Benali:mailto:n.benali@bfep.example.eu
UID:r9w5llhy54mbk4zrluzih83ibe@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Élodie Marchetti;X-NUM-GUESTS=0:mailto:e.marchetti@bfep.example.eu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Rutger van den Broek;X-NUM-GUESTS=0:mailto:r.vandenbroek@bfep.exam
 ple.eu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=katrien.desmet.lefort@proton.me;X-NUM-GUESTS=0:mailto:katrien.desm
 et.lefort@proton.me
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Nadia Benali;X-NUM-GUESTS=0:mailto:n.benali@bfep.example.eu
X-MICROSOFT-CDO-OWNERAPPTID:-733519204
CREATED:20260206T103220Z
DESCRIPTION:Dear Katrien\,\n\nThank you for your writing assignment. We are
  happy to invite you to a panel interview with Élodie Marchetti (Director 
 of Studies) and Rutger van den Broek (Senior Fellow\, Industrial Policy) a
 t our office. Please prepare a 5-minute pitch on a research project you w
 ould like to lead at BFEP in your first year.\n\nI will welcome you at th
 e reception.\n\nBest\,\nNadia Benali\nOffice & HR Manager{GOOGLE_MEET}{GOOGLE_FOOTER}
LAST-MODIFIED:20260206T103221Z
LOCATION:BFEP\, Rue du Trône 98\, 1050 Ixelles\, Belgium
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Panel interview: Katrien De Smet-Lefort (Research Fellow)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="greenhouse-invite",
        uid="gh-interview-5511902-3340811@greenhouse.example.io",
        is_interview=1,
        company="Alderhaven Public Affairs",
        role="Senior Consultant - EU Tech & Innovation",
        stage="recruiter_screen",
        interviewers="charlotte.dumont@alderhaven.example.eu",
        trap="greenhouse-recruiter-screen-utc",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-interview-5511902-3340811@greenhouse.example.io
DTSTAMP:20260108T164012Z
DTSTART:20260113T143000Z
DTEND:20260113T150000Z
ORGANIZER;CN=Charlotte Dumont:mailto:charlotte.dumont@alderhaven.example.eu
ATTENDEE;CN=Katrien De Smet-Lefort;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTI
 ON;RSVP=TRUE:mailto:katrien.desmet.lefort@proton.me
ATTENDEE;CN=Charlotte Dumont;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:
 charlotte.dumont@alderhaven.example.eu
SUMMARY:Alderhaven Public Affairs: Katrien De Smet-Lefort <> Charlotte (Rec
 ruiter Screen)
DESCRIPTION:Hi Katrien\,\n\nThanks for applying to Alderhaven! This is a 30
 -minute call with Charlotte Dumont (Talent Lead) to talk about the Senior 
 Consultant - EU Tech & Innovation role\, your background and what you are
  looking for.\n\nZoom: https://alderhaven.zoom.us/j/81534470926?pwd=bXJ4a2
 ZVeGNVN0pRZz09\nMeeting ID: 815 3447 0926\n\nNeed to reschedule? Just repl
 y to this e-mail.\n\nPowered by Greenhouse
LOCATION:Zoom
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-updated-invite",
        uid="9nusuir7pn4okvyt2me3r8hybd@google.com",
        is_interview=1,
        company="Alderhaven Public Affairs",
        role="Senior Consultant",
        stage="technical",
        interviewers="s.kuehn@alderhaven.example.eu;m.fontaine@alderhaven.example.eu",
        trap="rescheduled-google-sequence-1-case-study",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260129T130000Z
DTEND:20260129T143000Z
DTSTAMP:20260123T090514Z
ORGANIZER;CN=Sebastian Kühn:mailto:s.kuehn@alderhaven.example.eu
UID:9nusuir7pn4okvyt2me3r8hybd@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Sebastian Kühn;X-NUM-GUESTS=0:mailto:s.kuehn@alderhaven.example.eu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Maëlle Fontaine;X-NUM-GUESTS=0:mailto:m.fontaine@alderhaven.example.eu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=katrien.desmet.lefort@proton.me;X-NUM-GUESTS=0:mailto:katrien.desmet.l
 efort@proton.me
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Charlotte Dumont;X-NUM-GUESTS=0:mailto:charlotte.dumont@alderhaven.exam
 ple.eu
X-MICROSOFT-CDO-OWNERAPPTID:1458230674
CREATED:20260119T150002Z
DESCRIPTION:UPDATE: moved from Tue 27/1 to Thu 29/1 (same time) - sorry for
  the shuffle\, client hearing in the EP on Tuesday.\n\nCase study presenta
 tion for the Senior Consultant role. You will receive the brief (a fictio
 nal client in the semiconductor sector facing the Chips Act revision) 48 
 hours in advance. 20 minutes presentation + 40 minutes Q&A with Sebastian 
 Kühn and Maëlle Fontaine (Associate Directors). Charlotte joins as observe
 r.\n\nScheduled via Greenhouse{GOOGLE_FOOTER}
LAST-MODIFIED:20260123T090514Z
LOCATION:Alderhaven\, Rue Montoyer 31 (4th floor)\, 1000 Brussels
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Case study - Katrien De Smet-Lefort (Senior Consultant\, EU Tech & 
 Innovation)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="greenhouse-invite",
        uid="gh-interview-5511902-3391277@greenhouse.example.io",
        is_interview=1,
        company="Alderhaven Public Affairs",
        role="Senior Consultant - EU Tech & Innovation",
        stage="final",
        interviewers="o.brandt-hughes@alderhaven.example.eu",
        trap="greenhouse-final-managing-partner",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-interview-5511902-3391277@greenhouse.example.io
DTSTAMP:20260202T111845Z
DTSTART:20260206T100000Z
DTEND:20260206T104500Z
ORGANIZER;CN=Charlotte Dumont:mailto:charlotte.dumont@alderhaven.example.eu
ATTENDEE;CN=Katrien De Smet-Lefort;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTI
 ON;RSVP=TRUE:mailto:katrien.desmet.lefort@proton.me
ATTENDEE;CN=Oliver Brandt-Hughes;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mai
 lto:o.brandt-hughes@alderhaven.example.eu
SUMMARY:Alderhaven Public Affairs: Final interview with Oliver Brandt-Hughe
 s (Managing Partner)
DESCRIPTION:Hi Katrien\,\n\nCongratulations on making it to the final round
 ! Oliver Brandt-Hughes\, our Managing Partner\, would love to meet you in 
 person. Expect a conversation about your career plans\, how you would gro
 w the innovation practice and a few client scenarios.\n\nAddress: Rue Mon
 toyer 31 (4th floor)\, 1000 Brussels. Ring "Alderhaven" at the door.\n\nC
 harlotte\n\nPowered by Greenhouse
LOCATION:Alderhaven\, Rue Montoyer 31\, 1000 Brussels
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-hand-typed",
        uid="B02CAE22-5ACB-48DC-8CCA-6B62C64F7225",
        is_interview=1,
        company="Réseau Européen pour l'Innovation Sociale",
        role="chargée de plaidoyer",
        stage="",
        interviewers="Hélène Duchêne",
        trap="hand-typed-french-unclear-round",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2.1//EN
CALSCALE:GREGORIAN
{TZ_BRU_APPLE}BEGIN:VEVENT
CREATED:20260203T074512Z
DTEND;TZID=Europe/Brussels:20260209T174500
DTSTAMP:20260203T074530Z
DTSTART;TZID=Europe/Brussels:20260209T170000
LAST-MODIFIED:20260203T074530Z
LOCATION:visio (lien dans mail du 3/2)
SEQUENCE:0
SUMMARY:entretien REIS - chargée de plaidoyer
DESCRIPTION:avec Hélène Duchêne (dir.) - 2e tour?? demander salaire + télét
 ravail
UID:B02CAE22-5ACB-48DC-8CCA-6B62C64F7225
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT15M
UID:852F01E7-E4EC-4FFA-A1D3-E0910169CD8D
X-WR-ALARMUID:852F01E7-E4EC-4FFA-A1D3-E0910169CD8D
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teamtailor-invite",
        uid="tt-interview-2b7e91c4-5d2a-4f8b-9c61-7e0a3d5f1b28@teamtailor.example.com",
        is_interview=1,
        company="EuroDigital Industry Association",
        role="Policy Manager - Innovation & Data",
        stage="hiring_manager",
        interviewers="j.lindgren@edia.example.eu",
        trap="teamtailor-hiring-manager-utc",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Interview//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:tt-interview-2b7e91c4-5d2a-4f8b-9c61-7e0a3d5f1b28@teamtailor.example.com
DTSTAMP:20260210T132650Z
DTSTART:20260217T130000Z
DTEND:20260217T134500Z
SUMMARY:Interview: Policy Manager - Innovation & Data | EDIA
ORGANIZER;CN=EuroDigital Industry Association:mailto:no-reply@teamtailor-ma
 il.example.com
ATTENDEE;CN=Katrien De Smet-Lefort;RSVP=TRUE:mailto:katrien.desmet.lefort@p
 roton.me
ATTENDEE;CN=Johanna Lindgren;RSVP=TRUE:mailto:j.lindgren@edia.example.eu
DESCRIPTION:Hi Katrien!\n\nYou have an interview booked for Policy Manager 
 - Innovation & Data at EuroDigital Industry Association.\n\nWith: Johanna 
 Lindgren\, Director Policy\nWhere: Microsoft Teams (link below)\n\nhttps://
 teams.microsoft.com/l/meetup-join/19%3ameeting_NjRhZDU1ZTMtYTAxNS00NWE3%40
 thread.v2/0\n\nIf you need to reschedule\, use this link: https://edia.tea
 mtailor.example.com/interviews/2b7e91c4/reschedule\n\nKind regards\,\nEDIA
  People Team
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-alt-desc",
        uid="040000008200E00074C5B7101A82E008000000003E9AC2C8D3ABDC010000000000000000100000009A86C3BFEF2F7B995CDB89B786529E6E",
        is_interview=1,
        company="EuroDigital Industry Association",
        role="Policy Manager Innovation & Data",
        stage="final",
        interviewers="m.oberhofer@edia.example.eu;j.lindgren@edia.example.eu",
        trap="outlook-x-alt-desc-final-director-general",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEST}BEGIN:VEVENT
ORGANIZER;CN=Johanna Lindgren:mailto:j.lindgren@edia.example.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Katrien De
  Smet-Lefort:mailto:katrien.desmet.lefort@proton.me
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Markus Oberhof
 er:mailto:m.oberhofer@edia.example.eu
DESCRIPTION;LANGUAGE=en-US:Hi Katrien\,\n\nAs discussed\, here is the final
  interview with our Director General\, Markus Oberhofer. I will join as we
 ll. We would like to hear your view on the first 100 days in the role and
  on the upcoming European Innovation Act.\n\nBest\,\nJohanna\n\n__________
 ______________________________________________________________________\nMi
 crosoft Teams meeting\nJoin on your computer\, mobile app or room device\
 nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/
 19%3ameeting_ZTA3NjE5ZGQtOGI1Mi00ZDk3LWFk%40thread.v2/0>\nMeeting ID: 325
  448 017 309\nPasscode: Vb8Kp5\n__________________________________________
 ______________________________________\n
UID:040000008200E00074C5B7101A82E008000000003E9AC2C8D3ABDC0100000000000000
 00100000009A86C3BFEF2F7B995CDB89B786529E6E
SUMMARY;LANGUAGE=en-US:EDIA - final interview Policy Manager Innovation & D
 ata (with DG)
DTSTART;TZID=W. Europe Standard Time:20260302T160000
DTEND;TZID=W. Europe Standard Time:20260302T164500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260224T171522Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-1288716355
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-ALT-DESC;FMTTYPE=text/html:<html><head><meta name="Generator" content="Mi
 crosoft Exchange Server"></head><body><div>Hi Katrien\,</div><div>&nbsp;</
 div><div>As discussed\, here is the final interview with our Director Gen
 eral\, <b>Markus Oberhofer</b>. I will join as well. We would like to hea
 r your view on the first 100 days in the role and on the upcoming Europea
 n Innovation Act.</div><div>&nbsp;</div><div>Best\,<br>Johanna</div><div>_
 _____________________________________</div><div><b>Microsoft Teams meetin
 g</b></div><div><a href="https://teams.microsoft.com/l/meetup-join/19%3ame
 eting_ZTA3NjE5ZGQtOGI1Mi00ZDk3LWFk%40thread.v2/0">Click here to join the 
 meeting</a></div></body></html>
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="bookings-invite",
        uid="040000008200E00074C5B7101A82E00800000000E5A3F1B29EB5DC01000000000000000010000000872B7C9326E719CC94347E3F694911FE",
        is_interview=1,
        company="Valmont Evaluation Partners",
        role="Senior Consultant (Evaluation & Impact)",
        stage="hiring_manager",
        interviewers="a.mertens@valmont-evaluation.example.com",
        trap="microsoft-bookings-staff-member-interviewer",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_ROMANCE}BEGIN:VEVENT
ORGANIZER;CN=Valmont Evaluation Partners - Recruitment:mailto:ValmontRecrui
 tment@valmont-evaluation.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Katrien De
  Smet-Lefort:mailto:katrien.desmet.lefort@proton.me
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Anouk Mertens
 :mailto:a.mertens@valmont-evaluation.example.com
DESCRIPTION;LANGUAGE=en-US:Booking confirmed\n\nService: First interview - 
 Senior Consultant (Evaluation & Impact)\nStaff: Anouk Mertens\nCustomer: K
 atrien De Smet-Lefort\nPhone: +32 470 55 18 22\n\nAdditional information: 
 45-minute conversation with a Partner of our Evaluation & Impact practice
 . Please have a recent evaluation report you contributed to at hand.\n\n
 Join your appointment online: https://teams.microsoft.com/l/meetup-join/1
 9%3ameeting_MmVhNzQ3ZjMtOTQ2Ni00Mj%40thread.v2/0\n\nManage your booking: h
 ttps://outlook.office365.com/owa/calendar/ValmontRecruitment@valmont-evalu
 ation.example.com/bookings/\n
UID:040000008200E00074C5B7101A82E00800000000E5A3F1B29EB5DC0100000000000000
 0010000000872B7C9326E719CC94347E3F694911FE
SUMMARY;LANGUAGE=en-US:First interview - Senior Consultant (Evaluation & Im
 pact)
DTSTART;TZID=Romance Standard Time:20260318T093000
DTEND;TZID=Romance Standard Time:20260318T101500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260310T201145Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Online
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:TRUE
X-BOOKINGS-SERVICE-ID:6c1f2e0a-8d44-4b7a-9f3e-5a2d71c0be19
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workday-invite",
        uid="WD-RECRUIT-R-41872-INT-00088123@workday.example.com",
        is_interview=1,
        company="Kessler & Vandamme Public Sector Advisory",
        role="Manager, Public Sector Strategy",
        stage="recruiter_screen",
        interviewers="lisa.verbruggen@kvpsa.example.com",
        trap="workday-phone-screen-utc",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday Inc.//Workday Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-RECRUIT-R-41872-INT-00088123@workday.example.com
DTSTAMP:20260105T090233Z
DTSTART:20260108T100000Z
DTEND:20260108T103000Z
SUMMARY:Interview - Manager\, Public Sector Strategy (R-41872)
ORGANIZER;CN=Kessler & Vandamme Recruiting:mailto:kvpsa@myworkday.example.
 com
ATTENDEE;CN=Katrien De Smet-Lefort;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:ka
 trien.desmet.lefort@proton.me
DESCRIPTION:Candidate: Katrien De Smet-Lefort\nJob Requisition: R-41872 Man
 ager\, Public Sector Strategy (Brussels)\nInterview Type: Phone Screen\nInt
 erviewer: Lisa Verbruggen (Talent Acquisition Partner) - lisa.verbruggen@k
 vpsa.example.com\n\nThe interviewer will call you at the number in your ca
 ndidate profile.\n\nThis is a system-generated message from Workday.
LOCATION:Phone
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workday-invite",
        uid="WD-RECRUIT-R-41872-INT-00091407@workday.example.com",
        is_interview=1,
        company="Kessler & Vandamme Public Sector Advisory",
        role="Manager, Public Sector Strategy",
        stage="onsite",
        interviewers="bart.vandamme@kvpsa.example.com;sarah.oconnell@kvpsa.example.com",
        trap="workday-assessment-day-agenda-lunch-with-team",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday Inc.//Workday Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-RECRUIT-R-41872-INT-00091407@workday.example.com
DTSTAMP:20260116T141120Z
DTSTART:20260127T080000Z
DTEND:20260127T120000Z
SUMMARY:Assessment Day - Manager\, Public Sector Strategy (R-41872)
ORGANIZER;CN=Kessler & Vandamme Recruiting:mailto:kvpsa@myworkday.example.
 com
ATTENDEE;CN=Katrien De Smet-Lefort;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:ka
 trien.desmet.lefort@proton.me
ATTENDEE;CN=Bart Vandamme;ROLE=REQ-PARTICIPANT:mailto:bart.vandamme@kvpsa.e
 xample.com
ATTENDEE;CN=Sarah O'Connell;ROLE=REQ-PARTICIPANT:mailto:sarah.oconnell@kvps
 a.example.com
DESCRIPTION:Candidate: Katrien De Smet-Lefort\nJob Requisition: R-41872 Man
 ager\, Public Sector Strategy (Brussels)\nInterview Type: Assessment Day (
 on site)\nInterviewers: Bart Vandamme (Partner)\; Sarah O'Connell (Directo
 r)\n\nAgenda\n09:00 Welcome (reception\, 6th floor)\n09:15 Case preparatio
 n (60 min)\n10:30 Case presentation to the panel\n11:30 Competency-based i
 nterview\n12:30 Informal lunch with the Public Sector team\n\nAddress: Kes
 sler & Vandamme\, Boulevard du Souverain 280\, 1160 Brussels\n\nThis is a 
 system-generated message from Workday.
LOCATION:Boulevard du Souverain 280\, 1160 Brussels
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="bosa-cancellation",
        uid="AFG26099-TEST-20260211-0930-118275@talent.bosa.example.be",
        is_interview=1,
        company="FPS Economy",
        role="Attaché - Politique d'innovation",
        stage="technical",
        interviewers="",
        trap="cancelled-federal-selection-test-status-cancelled",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//BOSA//Talent Selecties 2.4//FR
METHOD:PUBLISH
{TZ_BRU_GOOGLE}BEGIN:VEVENT
UID:AFG26099-TEST-20260211-0930-118275@talent.bosa.example.be
DTSTAMP:20260206T162000Z
SEQUENCE:1
STATUS:CANCELLED
DTSTART;TZID=Europe/Brussels:20260211T093000
DTEND;TZID=Europe/Brussels:20260211T123000
SUMMARY:ANNULÉ - Test informatisé - Attaché Politique d'innovation (AFG260
 99) - SPF Economie
LOCATION:Centre de sélection BOSA\, Boulevard du Roi Albert II 51\, 1030 Sc
 haerbeek
DESCRIPTION:Madame\,\n\nPour des raisons techniques\, la session de test in
 formatisé du 11/02/2026 (09h30) pour la sélection AFG26099 - Attaché Poli
 tique d'innovation (m/f/x) pour le SPF Economie\, P.M.E.\, Classes moyenne
 s et Energie est annulée.\n\nVous recevrez une nouvelle invitation via Mon
  compte. Aucune action n'est requise de votre part.\n\nBOSA - Talent\n--\n
 Geachte mevrouw\, de sessie van 11/02/2026 werd geannuleerd. U ontvangt e
 en nieuwe uitnodiging via Mijn account.
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="bosa-invite",
        uid="AFG26099-ORAL-20260326-1330-118275@talent.bosa.example.be",
        is_interview=1,
        company="FPS Economy",
        role="Attaché Politique d'innovation",
        stage="final",
        interviewers="",
        trap="federal-jury-no-names-bilingual",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//BOSA//Talent Selecties 2.4//FR
METHOD:REQUEST
{TZ_BRU_GOOGLE}BEGIN:VEVENT
UID:AFG26099-ORAL-20260326-1330-118275@talent.bosa.example.be
DTSTAMP:20260312T101530Z
SEQUENCE:0
STATUS:CONFIRMED
DTSTART;TZID=Europe/Brussels:20260326T133000
DTEND;TZID=Europe/Brussels:20260326T150000
ORGANIZER;CN=BOSA Talent:mailto:noreply@talent.bosa.example.be
ATTENDEE;CN=DE SMET-LEFORT Katrien;RSVP=FALSE:mailto:katrien.desmet.lefort@
 proton.me
SUMMARY:Entretien de sélection (épreuve orale) - Attaché Politique d'innova
 tion (AFG26099) - SPF Economie
LOCATION:Centre de sélection BOSA\, Boulevard du Roi Albert II 51\, 1030 Sc
 haerbeek
DESCRIPTION:Madame\,\n\nFélicitations\, vous avez réussi le test informatis
 é. Vous êtes invitée à l'épreuve orale (entretien avec le jury) dans le c
 adre de la sélection AFG26099.\n\nL'entretien comprend une présentation (1
 5 min) sur la base d'un dossier que vous recevrez sur place 45 minutes av
 ant l'entretien\, suivie de questions sur vos compétences et votre motiva
 tion. Le jury est composé d'un représentant du SPF Economie\, d'un expert
  externe et d'un psychologue de BOSA.\n\nÀ l'issue de cette épreuve\, les
  lauréats seront repris dans une réserve de recrutement valable deux ans.
 \n\nN'oubliez pas votre carte d'identité.\n\nBOSA - Talent
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="jobpunt-invite",
        uid="JP-SEL-2026-0347-K18-GESPREK@selectieplanner.jobpunt.example.be",
        is_interview=1,
        company="Vlaams Agentschap voor Innovatie",
        role="Beleidsadviseur Innovatie (A1)",
        stage="onsite",
        interviewers="Griet Van Acker;Koen De Wulf",
        trap="dutch-selection-office-jury-names-note-taker",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Jobpunt Vlaanderen//Selectieplanner//NL
METHOD:PUBLISH
{TZ_BRU_GOOGLE}BEGIN:VEVENT
UID:JP-SEL-2026-0347-K18-GESPREK@selectieplanner.jobpunt.example.be
DTSTAMP:20260211T085044Z
DTSTART;TZID=Europe/Brussels:20260220T090000
DTEND;TZID=Europe/Brussels:20260220T100000
SUMMARY:Selectiegesprek - Beleidsadviseur Innovatie (A1) - Vlaams Agentscha
 p voor Innovatie
LOCATION:Havenlaan 102\, 1000 Brussel - lokaal 3.07
DESCRIPTION:Beste Katrien\,\n\nProficiat! Je bent geslaagd voor de schrifte
 lijke case en we nodigen je graag uit voor het selectiegesprek voor de fu
 nctie Beleidsadviseur Innovatie (A1) bij het Vlaams Agentschap voor Innov
 atie (selectienummer 2026-0347).\n\nDe jury bestaat uit Griet Van Acker (
 afdelingshoofd)\, Koen De Wulf (teamverantwoordelijke Ecosysteembeleid) e
 n Ellen Moerman (selectieverantwoordelijke Jobpunt\, verslaggever).\n\nHet 
 gesprek start met een korte toelichting bij je case (10 min). Breng je id
 entiteitskaart mee.\n\nMet vriendelijke groeten\,\nJobpunt Vlaanderen
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E00800000000D4E9A2A7F5B4DC0100000000000000001000000069A9ADBC3E6E7F729AD7FD4F2553A59A",
        is_interview=1,
        company="Agence wallonne pour l'Innovation",
        role="Conseiller·ère en innovation",
        stage="onsite",
        interviewers="l.pirotte@awi.example.be;jf.collignon@awi.example.be",
        trap="french-epreuve-orale-display-zone",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_UTC01}BEGIN:VEVENT
ORGANIZER;CN="AWI - Ressources humaines":mailto:rh@awi.example.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=katrien.de
 smet.lefort@proton.me:mailto:katrien.desmet.lefort@proton.me
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Pirotte Lauren
 ce:mailto:l.pirotte@awi.example.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Collignon Jean
 -François:mailto:jf.collignon@awi.example.be
DESCRIPTION;LANGUAGE=fr-BE:Madame\,\n\nNous avons le plaisir de vous inviter
  à l'épreuve orale pour le poste de Conseiller·ère en innovation (réf. AW
 I-2026-11). Le jury sera composé de Mme Laurence Pirotte\, Directrice Str
 atégie\, et de M. Jean-François Collignon\, Responsable du pôle Écosystème
 s.\n\nDéroulement : présentation de 10 minutes sur le thème « Comment ren
 forcer la participation des PME wallonnes aux programmes européens ? »\, 
 suivie d'un entretien d'environ 40 minutes.\n\nAdresse : AWI\, Avenue Pri
 nce de Liège 133\, 5100 Namur (Jambes). Parking visiteurs disponible.\n\nB
 ien à vous\,\nService RH\n
UID:040000008200E00074C5B7101A82E00800000000D4E9A2A7F5B4DC0100000000000000
 001000000069A9ADBC3E6E7F729AD7FD4F2553A59A
SUMMARY;LANGUAGE=fr-BE:Épreuve orale - Conseiller·ère en innovation (réf. 
 AWI-2026-11)
DTSTART;TZID="(UTC+01:00) Brussels, Copenhagen, Madrid, Paris":20260317T1000
 00
DTEND;TZID="(UTC+01:00) Brussels, Copenhagen, Madrid, Paris":20260317T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260305T140012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-BE:AWI Namur - salle du Conseil
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-1772045391
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-invite",
        uid="040000008200E00074C5B7101A82E0080000000062B0D9E4B7C8DC01000000000000000010000000F82F6B8E30DFB61511FC2BECF0CF36B3",
        is_interview=1,
        company="Brussels Metropolitan Planning Bureau",
        role="Attaché·e planification économique",
        stage="onsite",
        interviewers="m.vandenbussche@bmpb.example.be;s.elidrissi@talent-brussels.example.be",
        trap="regional-selection-office-bilingual-fr-nl",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEST}BEGIN:VEVENT
ORGANIZER;CN="El Idrissi Sara (talent.brussels)":mailto:s.elidrissi@talent-
 brussels.example.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=katrien.de
 smet.lefort@proton.me:mailto:katrien.desmet.lefort@proton.me
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Vandenbussche 
 Mathieu (BMPB)":mailto:m.vandenbussche@bmpb.example.be
DESCRIPTION;LANGUAGE=fr-BE:FR - Madame\, suite à votre réussite de l'épreuv
 e écrite\, nous vous invitons à un entretien de sélection pour la fonctio
 n d'Attaché·e planification économique (réf. BMPB-2026-007) auprès du Bur
 eau bruxellois de planification métropolitaine. Le jury : M. Mathieu Vand
 enbussche (directeur) et Mme Sara El Idrissi (consultante en sélection\, t
 alent.brussels).\n\nNL - Mevrouw\, na uw slagen voor de schriftelijke proe
 f nodigen wij u uit voor een selectiegesprek voor de functie van Attaché 
 economische planning (ref. BMPB-2026-007) bij het Brussels Planbureau. Ee
 n deel van het gesprek verloopt in het Nederlands (kennis tweede taal).{TEAMS_NL}
UID:040000008200E00074C5B7101A82E0080000000062B0D9E4B7C8DC0100000000000000
 0010000000F82F6B8E30DFB61511FC2BECF0CF36B3
SUMMARY;LANGUAGE=fr-BE:Entretien de sélection / Selectiegesprek - Attaché·
 e planification économique (BMPB-2026-007)
DTSTART;TZID=W. Europe Standard Time:20260409T140000
DTEND;TZID=W. Europe Standard Time:20260409T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260327T110204Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-BE:Microsoft Teams-vergadering
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:1032876604
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="video-interview-all-day",
        uid="vidassess-oecd-cfe-2026-114-inv-40918@vidassess.example.com",
        is_interview=1,
        company="OECD",
        role="Policy Analyst, Regional Innovation",
        stage="recruiter_screen",
        interviewers="",
        trap="one-way-recorded-video-interview-all-day-window",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Vidassess//Candidate Invitations//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:vidassess-oecd-cfe-2026-114-inv-40918@vidassess.example.com
DTSTAMP:20260211T070012Z
DTSTART;VALUE=DATE:20260213
DTEND;VALUE=DATE:20260216
SUMMARY:OECD - Recorded video interview - Policy Analyst\, Regional Innovat
 ion (CFE/2026/114)
DESCRIPTION:Dear Katrien De Smet-Lefort\,\n\nThe OECD Centre for Entreprene
 urship\, SMEs\, Regions and Cities invites you to complete a recorded vide
 o interview for the position of Policy Analyst\, Regional Innovation (CFE/
 2026/114).\n\nYou can complete the interview at any time between 13 Februa
 ry and 15 February 2026\, 23:59 (Paris time). You will answer 5 questions
 \; for each question you have 1 minute to prepare and 3 minutes to record.
  The interview must be completed in English or French.\n\nStart your inte
 rview: https://app.vidassess.example.com/i/40918-7c2f\n\nOECD Talent Acqui
 sition
TRANSP:TRANSPARENT
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="personio-invite",
        uid="personio-interview-93f1d2c8-1b77-4c55-8e0a-6f24d1b8a7c3@personio.example.de",
        is_interview=1,
        company="Stiftung Europäische Zukunft",
        role="Referent:in Europapolitik (m/w/d)",
        stage="recruiter_screen",
        interviewers="f.albers@stiftung-ez.example.de",
        trap="german-kennenlerngespraech-personio-berlin-zone",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
{TZ_BERLIN}BEGIN:VEVENT
UID:personio-interview-93f1d2c8-1b77-4c55-8e0a-6f24d1b8a7c3@personio.exampl
 e.de
DTSTAMP:20260128T094512Z
DTSTART;TZID=Europe/Berlin:20260204T110000
DTEND;TZID=Europe/Berlin:20260204T114500
SUMMARY:Kennenlerngespräch: Referent:in Europapolitik (m/w/d) - Stiftung Eu
 ropäische Zukunft
ORGANIZER;CN=Friederike Albers:mailto:f.albers@stiftung-ez.example.de
ATTENDEE;CN=Katrien De Smet-Lefort;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTI
 ON;RSVP=TRUE:mailto:katrien.desmet.lefort@proton.me
ATTENDEE;CN=Friederike Albers;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto
 :f.albers@stiftung-ez.example.de
DESCRIPTION:Hallo Katrien\,\n\nvielen Dank für Ihre Bewerbung als Referent:
 in Europapolitik für unser Büro in Brüssel. Gerne möchten wir Sie in eine
 m ersten Kennenlerngespräch (ca. 45 Minuten) näher kennenlernen.\n\nGespr
 ächspartnerin: Friederike Albers (People & Culture)\n\nZoom: https://stift
 ung-ez.zoom.us/j/86120945577?pwd=c1VvU2dqZ3NhRQ09\n\nViele Grüße\nIhr Peop
 le & Culture Team\nStiftung Europäische Zukunft\n\n--\nDiese Einladung wu
 rde über Personio versendet.
LOCATION:Zoom
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-room-invite",
        uid="040000008200E00074C5B7101A82E0080000000050C6F1E3A8AADC01000000000000000010000000EEE437986019E7E839E5C4B4CED228E3",
        is_interview=1,
        company="Stiftung Europäische Zukunft",
        role="Referent:in Europapolitik",
        stage="onsite",
        interviewers="k.reuter@stiftung-ez.example.de;a.hoffmann-yilmaz@stiftung-ez.example.de",
        trap="german-auswahltag-room-resource-hr-companion",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEST}BEGIN:VEVENT
ORGANIZER;CN=Albers\, Friederike:mailto:f.albers@stiftung-ez.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=katrien.de
 smet.lefort@proton.me:mailto:katrien.desmet.lefort@proton.me
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Reuter\, Kons
 tantin Dr.":mailto:k.reuter@stiftung-ez.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Hoffmann-Yilm
 az\, Annika":mailto:a.hoffmann-yilmaz@stiftung-ez.example.de
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Be
 sprechungsraum Spree (R 4.02):mailto:raum-spree@stiftung-ez.example.de
DESCRIPTION;LANGUAGE=de-DE:Liebe Frau De Smet-Lefort\,\n\nwir freuen uns\, 
 Sie zu unserem Auswahltag in Berlin einzuladen.\n\nAblauf:\n10:00 Begrüßun
 g\n10:15 Präsentation (15 Min.) zum Thema „Die Zukunft der EU-Kohäsionspo
 litik nach 2027“\n10:45 Fachgespräch mit Dr. Konstantin Reuter (Vorstand) 
 und Annika Hoffmann-Yilmaz (Leitung Büro Brüssel)\n11:45 Kennenlernen des 
 Teams\n\nIch begleite den Tag organisatorisch. Ihre Reisekosten (Bahn 2. 
 Klasse) übernehmen wir.\n\nAdresse: Stiftung Europäische Zukunft\, Reinha
 rdtstraße 27\, 10117 Berlin\n\nHerzliche Grüße\nFriederike Albers\nPeople
  & Culture\n
UID:040000008200E00074C5B7101A82E0080000000050C6F1E3A8AADC0100000000000000
 0010000000EEE437986019E7E839E5C4B4CED228E3
SUMMARY;LANGUAGE=de-DE:Auswahltag Referent:in Europapolitik (Büro Brüssel)
  - Frau De Smet-Lefort
DTSTART;TZID=W. Europe Standard Time:20260306T100000
DTEND;TZID=W. Europe Standard Time:20260306T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260219T103344Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Besprechungsraum Spree (R 4.02)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:1599048816
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-invite",
        uid="040000008200E00074C5B7101A82E00800000000A2F54C18E790DC010000000000000000100000005AE8A72B6E75903AC54A98C81D17ACAD",
        is_interview=1,
        company="Forschungsverbund Rhein-Ruhr",
        role="Leitung Brüsseler Büro",
        stage="hiring_manager",
        interviewers="h.brandstaetter@frr-forschung.example.de;t.wendling@frr-forschung.example.de",
        trap="german-vorstellungsgespraech-display-zone-no-vtimezone",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Wendling\, Tobias":mailto:t.wendling@frr-forschung.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=katrien.de
 smet.lefort@proton.me:mailto:katrien.desmet.lefort@proton.me
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Brandstätter\
 , Heike Prof. Dr.":mailto:h.brandstaetter@frr-forschung.example.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau De Smet-Lefort\,\n\nvielen Dan
 k für Ihre Bewerbung auf die Stelle „Leitung des Brüsseler Büros (E 14 TV
 -L)“. Wir laden Sie herzlich zu einem Vorstellungsgespräch per Microsoft 
 Teams ein.\n\nGesprächsteilnehmende: Prof. Dr. Heike Brandstätter (Geschä
 ftsführerin) und Tobias Wendling (Personal).\n\nMit freundlichen Grüßen\nT
 obias Wendling\nPersonalabteilung\n\n_____________________________________
 ___________________________________________\nMicrosoft Teams-Besprechung\
 nNehmen Sie von Ihrem Computer\, Ihrer mobilen App oder Ihrem Raumgerät a
 us teil.\nHier klicken\, um an der Besprechung teilzunehmen<https://teams.
 microsoft.com/l/meetup-join/19%3ameeting_NGQ3OWE5MjEtMGE3ZS00%40thread.v2/
 0>\nBesprechungs-ID: 351 882 640 918\nKennung: Fr9Qd2\n__________________
 ______________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000A2F54C18E790DC0100000000000000
 00100000005AE8A72B6E75903AC54A98C81D17ACAD
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Leitung Brüsseler Büro - Frau D
 e Smet-Lefort
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":202
 60130T140000
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20260
 130T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260121T133012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-1940582017
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-invite-spanish",
        uid="hwvdm34wuelgg9ztojjb8rs5qw@google.com",
        is_interview=1,
        company="Red Europea de Regiones Innovadoras",
        role="Responsable de Políticas UE",
        stage="hiring_manager",
        interviewers="lucia.fernandez@reri.example.es",
        trap="spanish-entrevista-google-footer-es",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260225T150000Z
DTEND:20260225T160000Z
DTSTAMP:20260218T112009Z
ORGANIZER;CN=Lucía Fernández Ortega:mailto:lucia.fernandez@reri.example.es
UID:hwvdm34wuelgg9ztojjb8rs5qw@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Lucía Fernández Ortega;X-NUM-GUESTS=0:mailto:lucia.fernandez@reri.exam
 ple.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=katrien.desmet.lefort@proton.me;X-NUM-GUESTS=0:mailto:katrien.desm
 et.lefort@proton.me
X-MICROSOFT-CDO-OWNERAPPTID:871204455
CREATED:20260218T112008Z
DESCRIPTION:Hola Katrien\,\n\ngracias por tu candidatura para el puesto de 
 Responsable de Políticas UE en nuestra oficina de Bruselas. Te propongo u
 na entrevista por videoconferencia de una hora. Podemos hacerla en inglés
  o en francés\, como prefieras\; un pequeño bloque será en español para v
 alorar tu nivel (B1 mínimo).\n\nUn saludo\,\nLucía Fernández Ortega\nDire
 ctora\, Red Europea de Regiones Innovadoras (RERI)\n\n-::~:~::~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nUnirse con Google Meet: h
 ttps://meet.google.com/vrn-hqkz-tsa\n\nNo edites esta sección.\n-::~:~::~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n\nInvitación de Google Cal
 endar: https://calendar.google.com/calendar/\n\nHas recibido este correo e
 lectrónico porque eres un invitado a este evento. Para dejar de recibir a
 ctualizaciones sobre este evento\, rechaza la invitación.
LAST-MODIFIED:20260218T112009Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista - Responsable de Políticas UE (oficina de Bruselas) - RE
 RI
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E00800000000E7B38F2C1BB6DC01000000000000000010000000EDD7EFD8A1D67692722AB0971B904A53",
        is_interview=1,
        company="Instituut voor Europese Studies",
        role="projectcoördinator Jean Monnet-netwerk",
        stage="onsite",
        interviewers="marijke.vanhove@vhb.example.be;bram.delanghe@vhb.example.be;nele.cools@vhb.example.be",
        trap="dutch-sollicitatiegesprek-commissie-quoted-zone-no-vtimezone",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Secretariaat IES":mailto:ies-secretariaat@vhb.example.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=katrien.de
 smet.lefort@proton.me:mailto:katrien.desmet.lefort@proton.me
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Van Hove Mari
 jke":mailto:marijke.vanhove@vhb.example.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Delanghe Bram
 ":mailto:bram.delanghe@vhb.example.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Cools Nele":m
 ailto:nele.cools@vhb.example.be
DESCRIPTION;LANGUAGE=nl-BE:Beste mevrouw De Smet-Lefort\,\n\nGraag nodigen 
 wij u uit voor een sollicitatiegesprek voor de functie van projectcoördina
 tor Jean Monnet-netwerk (voltijds\, 3 jaar) aan het Instituut voor Europe
 se Studies van de Vrije Hogeschool Brussel.\n\nDe selectiecommissie bestaa
 t uit prof. Marijke Van Hove (directeur IES)\, dr. Bram Delanghe (senior o
 nderzoeker) en Nele Cools (HR).\n\nLocatie: Pleinlaan 5\, gebouw Y\, lokaa
 l Y.2.14\, 1050 Elsene.\n\nMet vriendelijke groet\,\nSecretariaat IES\n
UID:040000008200E00074C5B7101A82E00800000000E7B38F2C1BB6DC0100000000000000
 0010000000EDD7EFD8A1D67692722AB0971B904A53
SUMMARY;LANGUAGE=nl-BE:Sollicitatiegesprek projectcoördinator JM-netwerk - 
 De Smet-Lefort
DTSTART;TZID="W. Europe Standard Time":20260325T103000
DTEND;TZID="W. Europe Standard Time":20260325T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260316T144107Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-BE:Y.2.14
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-1053378823
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-freemail-founder",
        uid="5syonxnxhdxtla6ack17nacrm4@google.com",
        is_interview=1,
        company="Votely",
        role="Head of Policy",
        stage="hiring_manager",
        interviewers="jonas.vanparys.civic@gmail.com;mira.okafor.dev@gmail.com",
        trap="founders-gmail-coffee-chat-is-interview",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260123T083000Z
DTEND:20260123T093000Z
DTSTAMP:20260120T194455Z
ORGANIZER;CN=Jonas Van Parys:mailto:jonas.vanparys.civic@gmail.com
UID:5syonxnxhdxtla6ack17nacrm4@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Jonas Van Parys;X-NUM-GUESTS=0:mailto:jonas.vanparys.civic@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Mira Okafor;X-NUM-GUESTS=0:mailto:mira.okafor.dev@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=katrien.desmet.lefort@proton.me;X-NUM-GUESTS=0:mailto:katrien.desm
 et.lefort@proton.me
X-MICROSOFT-CDO-OWNERAPPTID:-2044195831
CREATED:20260120T194454Z
DESCRIPTION:Hey Katrien\, great to connect after your application! Let's gr
 ab a coffee and chat about the Head of Policy role at Votely (we're 6 peo
 ple now\, pre-seed\, building the civic participation tool for regional p
 arliaments). Mira (co-founder\, CTO) joins for the second half.\n\nJonas{GOOGLE_FOOTER}
LAST-MODIFIED:20260120T194455Z
LOCATION:Café Zinneke\, Place Flagey 21\, 1050 Ixelles
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Katrien x Jonas - coffee ☕ Head of Policy @ Votely
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="thunderbird-floating",
        uid="f21b591c-adc6-48d8-9e65-a4afd4fe48c7",
        is_interview=1,
        company="Votely",
        role="Head of Policy",
        stage="onsite",
        interviewers="Jonas;Mira",
        trap="hand-typed-dutch-trial-day-floating-first-names",
        hiring=False,
        eol="\n",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20260130T201104Z
LAST-MODIFIED:20260130T201233Z
DTSTAMP:20260130T201233Z
UID:f21b591c-adc6-48d8-9e65-a4afd4fe48c7
SUMMARY:proefdag Votely (Head of Policy) - laptop mee!
DTSTART:20260213T093000
DTEND:20260213T170000
DESCRIPTION:met Jonas & Mira\, case: voorstel voor pilot met Brussels Parle
 ment + lunch met team. Verlof aangevraagd (1 dag).
LOCATION:Votely @ Co.Station\, Kunstberg 10
TRANSP:OPAQUE
X-MOZ-GENERATION:2
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT1H
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="agency-outlook-invite",
        uid="040000008200E00074C5B7101A82E008000000006C1E9F04D7A2DC010000000000000000100000003D5A1CA47B1B90F3614F3FB4EDE53DC8",
        is_interview=1,
        company="European Chemical Industry Forum",
        role="Senior Policy Advisor, Innovation",
        stage="hiring_manager",
        interviewers="l.bernasconi@ecif.example.eu",
        trap="agency-organizer-client-employer-no-vtimezone",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Hannah Whitfield:mailto:h.whitfield@meridian-pa-recruitment.ex
 ample.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=katrien.de
 smet.lefort@proton.me:mailto:katrien.desmet.lefort@proton.me
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Luca Bernascon
 i:mailto:l.bernasconi@ecif.example.eu
DESCRIPTION;LANGUAGE=en-GB:Hi Katrien\,\n\nI'm delighted to confirm your fi
 rst interview with the European Chemical Industry Forum (ECIF) for the Se
 nior Policy Advisor\, Innovation role. You will meet Dr Luca Bernasconi\, 
 Director Innovation & Research\, at their offices: Avenue des Nerviens 85
 \, 1040 Brussels (ask for him at reception).\n\nExpect questions on Horizo
 n Europe\, the Innovation Act and how you would work with member company 
 experts. Please give me a quick call afterwards for a debrief.\n\nBest of 
 luck!\nHannah Whitfield\nSenior Consultant\, Meridian Public Affairs Recr
 uitment\n+32 2 513 77 40\n
UID:040000008200E00074C5B7101A82E008000000006C1E9F04D7A2DC0100000000000000
 00100000003D5A1CA47B1B90F3614F3FB4EDE53DC8
SUMMARY;LANGUAGE=en-GB:Interview: Katrien De Smet-Lefort / ECIF - Senior Po
 licy Advisor\, Innovation
DTSTART;TZID=Romance Standard Time:20260211T150000
DTEND;TZID=Romance Standard Time:20260211T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260205T161207Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:ECIF\, Avenue des Nerviens 85\, 1040 Brussels
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:711058243
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-invite",
        uid="040000008200E00074C5B7101A82E00800000000B9C0F38E12B1DC0100000000000000001000000064E263C5D019A97959B007EDDBEAD5F7",
        is_interview=1,
        company="Brussels Energy Transition Alliance",
        role="Policy Director",
        stage="hiring_manager",
        interviewers="i.solheim@beta-alliance.example.eu;p.mertensruiz@beta-alliance.example.eu",
        trap="recruiter-optional-attendee-not-interviewer",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEST}BEGIN:VEVENT
ORGANIZER;CN=Ingrid Solheim:mailto:i.solheim@beta-alliance.example.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Katrien De
  Smet-Lefort:mailto:katrien.desmet.lefort@proton.me
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Paul Mertens-R
 uiz:mailto:p.mertensruiz@beta-alliance.example.eu
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tom Hendri
 ckx:mailto:t.hendrickx@lobbytalent.example.com
DESCRIPTION;LANGUAGE=en-US:Dear Katrien\,\n\nThank you to Tom at Lobby Tale
 nt Partners for the introduction. Paul (Head of Policy) and I look forwar
 d to speaking with you about the Policy Director position. Tom is in copy
  for information only.\n\nKind regards\,\nIngrid Solheim\nSecretary Gener
 al\, Brussels Energy Transition Alliance\n\n______________________________
 __________________________________________________\nMicrosoft Teams meeti
 ng\nJoin on your computer\, mobile app or room device\nClick here to join 
 the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OWM0Zjk
 xNzAtYWQ2NC00%40thread.v2/0>\nMeeting ID: 302 775 918 440\nPasscode: Bt5X
 n7\n______________________________________________________________________
 __________\n
UID:040000008200E00074C5B7101A82E00800000000B9C0F38E12B1DC0100000000000000
 001000000064E263C5D019A97959B007EDDBEAD5F7
SUMMARY;LANGUAGE=en-US:BETA | Policy Director interview - K. De Smet-Lefort
  (via LTP)
DTSTART;TZID=W. Europe Standard Time:20260311T110000
DTEND;TZID=W. Europe Standard Time:20260311T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260304T090055Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-667301582
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="zoom-invite",
        uid="ZOOM84412937710-20260331T080000Z@zoom.us",
        is_interview=1,
        company="Association of European Research Regions",
        role="Policy Officer",
        stage="hiring_manager",
        interviewers="d.kaczmarek@aerr.example.eu",
        trap="zoom-ics-brussels-zone-after-dst",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
CLASS:PUBLIC
{TZ_BRU_GOOGLE}BEGIN:VEVENT
DTSTAMP:20260320T131744Z
DTSTART;TZID=Europe/Brussels:20260331T100000
DTEND;TZID=Europe/Brussels:20260331T104500
SUMMARY:AERR - Policy Officer interview (Katrien)
UID:ZOOM84412937710-20260331T080000Z@zoom.us
DESCRIPTION:Dorota Kaczmarek is inviting you to a scheduled Zoom meeting.\n
 \nTopic: AERR - Policy Officer interview (Katrien)\n\nJoin Zoom Meeting\nh
 ttps://us06web.zoom.us/j/84412937710?pwd=Wk1vZ0dTRnM2bWxDQjJzQT09\n\nMeet
 ing ID: 844 1293 7710\nPasscode: 552190\n\n---\n\nOne tap mobile\n+3225888
 055\,\,84412937710#\,\,\,\,*552190# Belgium\n\nJoin instructions\nhttps://us
 06web.zoom.us/meetings/84412937710/invitations?signature=kL2m\n\nHi Katrie
 n - as agreed: 45 min with me (Head of Policy). We'll discuss the Policy 
 Officer role (R&I and cohesion portfolio). Best\, Dorota
LOCATION:https://us06web.zoom.us/j/84412937710?pwd=Wk1vZ0dTRnM2bWxDQjJzQT09
ORGANIZER;CN=Dorota Kaczmarek:mailto:d.kaczmarek@aerr.example.eu
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="calendly-invite",
        uid="5d6de8ce-3a91-4d26-8be6-bf7a8975d860@calendly.example.com",
        is_interview=1,
        company="Foundation for Civic Europe",
        role="Programme Manager",
        stage="recruiter_screen",
        interviewers="s.bakker@civiceurope.example.org",
        trap="calendly-between-host-and-invitee-utc",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:5d6de8ce-3a91-4d26-8be6-bf7a8975d860@calendly.example.com
DTSTAMP:20260401T182233Z
DTSTART:20260407T080000Z
DTEND:20260407T083000Z
SUMMARY:Programme Manager - first conversation between Sanne Bakker and Kat
 rien De Smet-Lefort
ORGANIZER;CN=Sanne Bakker:mailto:s.bakker@civiceurope.example.org
ATTENDEE;CN=Katrien De Smet-Lefort;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;R
 SVP=FALSE:mailto:katrien.desmet.lefort@proton.me
ATTENDEE;CN=Sanne Bakker;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:
 mailto:s.bakker@civiceurope.example.org
DESCRIPTION:Event Name: Programme Manager - first conversation\n\nLocation: 
 This is a Google Meet web conference. https://meet.google.com/kdy-wpqa-z
 fm\n\nA 30-minute first conversation with Sanne Bakker (People & Culture L
 ead\, Foundation for Civic Europe) about the Programme Manager - Democrat
 ic Innovation role.\n\nNeed to make changes to this event?\nCancel: https:
 //calendly.com/cancellations/5d6de8ce-3a91-4d26\nReschedule: https://calend
 ly.com/reschedulings/5d6de8ce-3a91-4d26\n\nPowered by Calendly.com
LOCATION:https://meet.google.com/kdy-wpqa-zfm
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-cancel",
        uid="040000008200E00074C5B7101A82E008000000004A0E3B9CDB95DC01000000000000000010000000659574C75AEB4700B67D0E3A",
        is_interview=1,
        company="EURIS Network",
        role="Communications & Policy Officer",
        stage="hiring_manager",
        interviewers="k.novak@euris-network.example.eu",
        trap="method-cancel-position-on-hold",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEST}BEGIN:VEVENT
ORGANIZER;CN=Karel Novák:mailto:k.novak@euris-network.example.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=katrien.de
 smet.lefort@proton.me:mailto:katrien.desmet.lefort@proton.me
DESCRIPTION;LANGUAGE=en-US:Dear Katrien\,\n\nI am sorry to have to cancel o
 ur interview for the Communications & Policy Officer position. Our Board 
 decided yesterday to put the recruitment on hold until the 2027 budget is
  adopted. We will keep your application on file and come back to you if 
 the position reopens.\n\nWith apologies and best regards\,\nKarel Novák\nD
 irector\, EURIS Network\n
UID:040000008200E00074C5B7101A82E008000000004A0E3B9CDB95DC0100000000000000
 0010000000659574C75AEB4700B67D0E3A
SUMMARY;LANGUAGE=en-US:Canceled: Interview - Communications & Policy Office
 r (EURIS)
DTSTART;TZID=W. Europe Standard Time:20260202T150000
DTEND;TZID=W. Europe Standard Time:20260202T154500
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20260129T100217Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:EURIS office\, Rue du Luxembourg 47\, 1050 Brussels
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:-2011483952
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-invite",
        uid="ycsvojp00qpsfi0w5mqyosy307@google.com",
        is_interview=1,
        company="Lindqvist Policy Consulting",
        role="Senior Consultant (Brussels)",
        stage="recruiter_screen",
        interviewers="emil.jorgensen@lindqvist-policy.example.dk",
        trap="lever-scheduled-google-invite-intro-call",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260119T130000Z
DTEND:20260119T133000Z
DTSTAMP:20260114T084318Z
ORGANIZER;CN=Emil Jørgensen:mailto:emil.jorgensen@lindqvist-policy.example.
 dk
UID:ycsvojp00qpsfi0w5mqyosy307@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Emil Jørgensen;X-NUM-GUESTS=0:mailto:emil.jorgensen@lindqvist-policy.ex
 ample.dk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=katrien.desmet.lefort@proton.me;X-NUM-GUESTS=0:mailto:katrien.desm
 et.lefort@proton.me
X-MICROSOFT-CDO-OWNERAPPTID:1203348761
CREATED:20260114T084317Z
DESCRIPTION:Hi Katrien\,\n\nLooking forward to our intro call about the Sen
 ior Consultant position in our Brussels office (EU funding & evaluation p
 ractice). 30 minutes\, no preparation needed.\n\nEmil Jørgensen\nTalent Pa
 rtner\, Lindqvist Policy Consulting (Copenhagen | Brussels)\n\n[Scheduled 
 with Lever]{GOOGLE_MEET}{GOOGLE_FOOTER}
LAST-MODIFIED:20260114T084318Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Lindqvist Policy Consulting - Intro call - Senior Consultant (Bruss
 els)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-internal",
        uid="040000008200E00074C5B7101A82E0080000000091C2B5F3E1C0DC010000000000000000100000001EEBF6AF93262A928A407EFCE24AC711",
        is_interview=1,
        company="Brussel Innovatie",
        role="Diensthoofd Strategie & Evaluatie",
        stage="final",
        interviewers="p.vandeneynde@brussel-innovatie.example.be;s.haddou@brussel-innovatie.example.be",
        trap="internal-application-own-employer-work-address",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEST}BEGIN:VEVENT
ORGANIZER;CN="HR - Selecties":mailto:hr-selecties@brussel-innovatie.example
 .be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="De Smet-L
 efort Katrien":mailto:kdesmet@brussel-innovatie.example.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Van den Eynde
  Peter":mailto:p.vandeneynde@brussel-innovatie.example.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Haddou Samira
 ":mailto:s.haddou@brussel-innovatie.example.be
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;C
 N="BI - Vergaderzaal Zenne (12p)":mailto:zaal.zenne@brussel-innovatie.exam
 ple.be
DESCRIPTION;LANGUAGE=nl-BE:Beste Katrien\,\n\nIn het kader van je kandidatu
 ur voor de interne vacature Diensthoofd Strategie & Evaluatie (ref. INT-2
 026-03) nodigen we je uit voor het eindgesprek met de directeur-generaal\,
  Peter Van den Eynde\, en het hoofd HR\, Samira Haddou. De resultaten van
  het managementassessment worden in het gesprek meegenomen.\n\nDit gespre
 k valt onder de regeling interne mobiliteit\; je leidinggevende is op de 
 hoogte.\n\nMet vriendelijke groeten\,\nHR - Selecties\nBrussel Innovatie\n
UID:040000008200E00074C5B7101A82E0080000000091C2B5F3E1C0DC0100000000000000
 00100000001EEBF6AF93262A928A407EFCE24AC711
SUMMARY;LANGUAGE=nl-BE:Selectiegesprek interne vacature Diensthoofd Strateg
 ie & Evaluatie (INT-2026-03)
DTSTART;TZID=W. Europe Standard Time:20260423T150000
DTEND;TZID=W. Europe Standard Time:20260423T160000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20260416T074155Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-BE:BI - Vergaderzaal Zenne (12p)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-117305682
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-external-assessor",
        uid="040000008200E00074C5B7101A82E00800000000D8F1C0A4B2BFDC01000000000000000010000000D124E751602043E1A9C7F2",
        is_interview=1,
        company="Brussel Innovatie",
        role="Diensthoofd Strategie & Evaluatie",
        stage="technical",
        interviewers="l.wouters@assessorpartners.example.be",
        trap="internal-candidacy-external-assessment-bureau-display-zone",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Lotte Wouters:mailto:l.wouters@assessorpartners.example.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kdesmet@br
 ussel-innovatie.example.be:mailto:kdesmet@brussel-innovatie.example.be
DESCRIPTION;LANGUAGE=nl-BE:Beste mevrouw De Smet-Lefort\,\n\nIn opdracht va
 n Brussel Innovatie organiseren wij het managementassessment in het kader
  van uw interne kandidatuur voor de functie Diensthoofd Strategie & Evalu
 atie.\n\nProgramma:\n- vooraf: online persoonlijkheidsvragenlijst (link vo
 lgt apart)\n- 08:30 postbakoefening (in-basket)\n- 10:00 rollenspel: gespr
 ek met een medewerker\n- 11:15 competentiegericht interview met de assess
 or (Lotte Wouters)\n- 12:30 einde\n\nHet rapport wordt met u besproken vóó
 r het aan de opdrachtgever bezorgd wordt.\n\nMet vriendelijke groet\,\nLot
 te Wouters\nSenior assessor - Assessor Partners\nLeuvensesteenweg 532\, 19
 30 Zaventem\n
UID:040000008200E00074C5B7101A82E00800000000D8F1C0A4B2BFDC0100000000000000
 0010000000D124E751602043E1A9C7F2
SUMMARY;LANGUAGE=nl-BE:Managementassessment - interne kandidatuur Diensthoo
 fd Strategie & Evaluatie (Brussel Innovatie)
DTSTART;TZID="(UTC+01:00) Brussels, Copenhagen, Madrid, Paris":20260415T0830
 00
DTEND;TZID="(UTC+01:00) Brussels, Copenhagen, Madrid, Paris":20260415T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260402T151842Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-BE:Assessor Partners\, Leuvensesteenweg 532\, 1930 Zav
 entem
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:955230174
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-hand-typed",
        uid="AF973A41-064E-4CF7-8CED-0F9851D426DD",
        is_interview=1,
        company="Cabinet of Minister Delcourt",
        role="conseillère éco/innovation",
        stage="hiring_manager",
        interviewers="M. Lejeune",
        trap="hand-typed-french-cabinet-chef-de-cab",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
{TZ_BRU_APPLE}BEGIN:VEVENT
CREATED:20260324T121501Z
DTEND;TZID=Europe/Brussels:20260330T090000
DTSTAMP:20260324T121533Z
DTSTART;TZID=Europe/Brussels:20260330T080000
LAST-MODIFIED:20260324T121533Z
LOCATION:Rue Ducale 7\, 1000 Bruxelles
SEQUENCE:0
SUMMARY:Cabinet Delcourt - entretein conseillère éco/innovation
DESCRIPTION:avec M. Lejeune (chef de cab)\nne pas trop parler du dossier vo
 uchers en cours (conflit?)\nCV papier x2
UID:AF973A41-064E-4CF7-8CED-0F9851D426DD
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
X-APPLE-TRAVEL-START;ROUTING=TRANSIT;VALUE=DURATION:PT25M
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT1H
UID:55CCEFFC-E6E4-4285-920D-7A13DEA242B0
X-WR-ALARMUID:55CCEFFC-E6E4-4285-920D-7A13DEA242B0
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="proton-terse",
        uid="0JJN4JOYPwpcnAwLALyKv-27L2E@proton.me",
        is_interview=1,
        company="Permanent Representation of Belgium to the EU",
        role="attaché O&I",
        stage="",
        interviewers="",
        trap="terse-abbreviated-dutch-no-vtimezone",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Proton AG//WebCalendar 5.0.71.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:0JJN4JOYPwpcnAwLALyKv-27L2E@proton.me
DTSTAMP:20260225T221004Z
CREATED:20260225T221004Z
SEQUENCE:0
DTSTART;TZID=Europe/Brussels:20260304T140000
DTEND;TZID=Europe/Brussels:20260304T150000
SUMMARY:RP BE - sollic.gesprek attaché O&I
LOCATION:Rue de la Loi 61
END:VEVENT
END:VCALENDAR
""",
    ),
]
