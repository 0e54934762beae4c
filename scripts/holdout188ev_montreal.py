"""Agency search for a Montréal AAA studio and two francophone studios (holdout188, written blind)."""

from holdout188ev_tz import EST_OUTLOOK, TOR_GOOGLE

EVENTS = [
    dict(
        kind="agency-intro",
        uid=(
            "040000008200E00074C5B7101A82E00800000000B06C3F1C2A6ADB01000000000000000010000000D2B1A3C4E5"
            "F60718293A4B5C6D7E8F90"
        ),
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="agency-call-employer-unnamed",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EST_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Tremblay, Geneviève":mailto:gtremblay@checkpointtalent.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=seoyeon.pa
 rk.dev@gmail.com:mailto:seoyeon.park.dev@gmail.com
DESCRIPTION;LANGUAGE=en-US:Hi Seo-yeon\,\n\nGreat to connect on LinkedIn.
  As mentioned\, I'm partnering exclusively with a AAA studio in Montréal
  (new IP\, ~300 people\, action-adventure) on a Senior Producer search. I
 can't share the name until we've spoken and I have your OK to represent
  you\, but happy to give you as much colour as I can on the call.\n\nTalk
  soon\,\nGeneviève Tremblay\nSenior Consultant\, Games & Interactive\nChec
 kpoint Talent Group\n\n__________________________________________________
 ______________________________\nMicrosoft Teams meeting\nJoin on your comp
 uter\, mobile app or room device\nClick here to join the meeting<https://t
 eams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2>\nMeeting ID: 241 338
  905 117\nPasscode: Gd7qTe\n______________________________________________
 ____
 ______________________________
UID:040000008200E00074C5B7101A82E00800000000B06C3F1C2A6ADB01000000000000000
 010000000D2B1A3C4E5F60718293A4B5C6D7E8F90
SUMMARY;LANGUAGE=en-US:Seo-yeon Park / Checkpoint Talent - intro call
DTSTART;TZID=Eastern Standard Time:20250114T140000
DTEND;TZID=Eastern Standard Time:20250114T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250110T160233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
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
        kind="agency-screen",
        uid=(
            "040000008200E00074C5B7101A82E0080000000090A7B3F52F6ADB01000000000000000010000000AA4C19E07B"
            "3D2F6584C1E0D9B2A37F11"
        ),
        is_interview=1,
        company="Studio Lumière Nord",
        role="Senior Producer",
        stage="recruiter_screen",
        interviewers="gtremblay@checkpointtalent.com",
        trap="agency-screen-employer-named-in-body",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EST_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Tremblay, Geneviève":mailto:gtremblay@checkpointtalent.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=seoyeon.pa
 rk.dev@gmail.com:mailto:seoyeon.park.dev@gmail.com
DESCRIPTION;LANGUAGE=en-US:Hi Seo-yeon\,\n\nThanks for the green light - a
 s promised\, the client is Studio Lumière Nord (yes\, the Mile-End team be
 hind the Hollowlight series). Before I submit you I'd like to do a proper
  screen against their brief: your milestone/greenlight experience\, how y
 ou've managed external dev partners\, relocation to Montréal and comp exp
 ectations. Please have your updated CV handy.\n\nGeneviève\n\n___________
 _____________________________________________________________________\nMic
 rosoft Teams meeting\nJoin on your computer\, mobile app or room device\nC
 lick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19
 %3ameeting_Mjg3>\nMeeting ID: 266 104 731 820\nPasscode: r8Xk2P\n________
 ________________________________________________________________________
UID:040000008200E00074C5B7101A82E0080000000090A7B3F52F6ADB01000000000000000
 010000000AA4C19E07B3D2F6584C1E0D9B2A37F11
SUMMARY;LANGUAGE=en-US:Seo-yeon Park - Sr Producer (AAA Montréal) - screen
 ing call
DTSTART;TZID=Eastern Standard Time:20250121T133000
DTEND;TZID=Eastern Standard Time:20250121T141500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250117T194410Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="video-call",
        uid=(
            "040000008200E00074C5B7101A82E008000000001C9D2E84316ADB010000000000000000100000007F3E81C2D4"
            "A5B6970812ABCDEF013579"
        ),
        is_interview=1,
        company="Studio Lumière Nord",
        role="Senior Producer",
        stage="hiring_manager",
        interviewers="olivier.gagnon@lumierenord.com",
        trap="outlook-sent-by-assistant-hiring-manager",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EST_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Gagnon, Olivier";SENT-BY="mailto:mpelletier@lumierenord.com"
 :mailto:olivier.gagnon@lumierenord.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Seo-yeon P
 ark:mailto:seoyeon.park.dev@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=gtremblay@
 checkpointtalent.com:mailto:gtremblay@checkpointtalent.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="MTL-5-S
 alle Aurore (6)":mailto:mtl-5-aurore@lumierenord.com
DESCRIPTION;LANGUAGE=fr-CA:Bonjour Seo-yeon\,\n\nOlivier (Executive Produce
 r\, Hollowlight 3) would like to meet you for 60 minutes about the Senior
  Producer position. He'll join from Salle Aurore.\n\nMarie-Pier Pelletier
 \nAdjointe de direction | Executive Assistant\n\n________________________
 ________________________________________________________\nMicrosoft Teams
  meeting\nJoin on your computer\, mobile app or room device\nClick here to
  join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_O
 TI4>\nMeeting ID: 291 550 642 118\nPasscode: 3pQnVb\nDial in by phone\n+1
  514-400-2877\,\,771902458# Canada\, Montreal\n___________________________
 _____________________________________________________
UID:040000008200E00074C5B7101A82E008000000001C9D2E84316ADB01000000000000000
 0100000007F3E81C2D4A5B6970812ABCDEF013579
SUMMARY;LANGUAGE=fr-CA:Seo-yeon Park <> Olivier Gagnon | Senior Producer
DTSTART;TZID=Eastern Standard Time:20250130T110000
DTEND;TZID=Eastern Standard Time:20250130T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250127T152209Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Microsoft Teams Meeting; MTL-5-Salle Aurore (6)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="studio-tour",
        uid=(
            "040000008200E00074C5B7101A82E00800000000F3A8D0B1426ADB01000000000000000010000000C0FFEE4455"
            "667788990011AABBCCDDEE"
        ),
        is_interview=1,
        company="Studio Lumière Nord",
        role="",
        stage="onsite",
        interviewers=(
            "amelie.roy@lumierenord.com;kwame.asante@lumierenord.com;sophie.nguyen@lumierenord.com;oliv"
            "ier.gagnon@lumierenord.com"
        ),
        trap="studio-tour-meet-the-team-day",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EST_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Pelletier, Marie-Pier":mailto:mpelletier@lumierenord.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Seo-yeon P
 ark:mailto:seoyeon.park.dev@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Roy, Amélie":mailto:ame
 lie.roy@lumierenord.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Asante, Kwame":mailto:k
 wame.asante@lumierenord.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;CN="Nguyen, Sophie":mailto
 :sophie.nguyen@lumierenord.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Gagnon, Olivier":mailto
 :olivier.gagnon@lumierenord.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="MTL-3-G
 rande Salle (24)":mailto:mtl-3-grandesalle@lumierenord.com
DESCRIPTION;LANGUAGE=en-US:Welcome to Lumière Nord!\n\nAgenda (Friday)\n9:
 30  Arrival - ask for Marie-Pier at the front desk (5445 av. de Gaspé\, 3e
  étage)\n9:45  Studio tour with Amélie Roy (Production Director)\n10:30
  Meet the team: Hollowlight 3 production leads - Kwame Asante (Lead Produc
 er)\, Sophie Nguyen (Dev Director)\n11:30  Working session with Amélie: y
 our first 90 days on H3\n12:30  Lunch with the team + Olivier\n\nYour fli
 ght and hotel are booked by Checkpoint\; please keep your receipts for tax
 is.\n\nMarie-Pier
UID:040000008200E00074C5B7101A82E00800000000F3A8D0B1426ADB01000000000000000
 010000000C0FFEE4455667788990011AABBCCDDEE
SUMMARY;LANGUAGE=en-US:Studio tour + meet the team - Seo-yeon Park
DTSTART;TZID=Eastern Standard Time:20250214T093000
DTEND;TZID=Eastern Standard Time:20250214T133000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250206T140011Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Studio Lumière Nord\, 5445 av. de Gaspé\, Montréal
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="phone-screen",
        uid="sr-interview-6f1d0c77a9e14b2c@smartrecruiters.com",
        is_interview=1,
        company="Mont-Royal Interactif",
        role="Producteur principal / Senior Producer",
        stage="recruiter_screen",
        interviewers="camille.lefebvre@montroyalinteractif.com",
        trap="smartrecruiters-bilingual-french-line",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + TOR_GOOGLE + r"""BEGIN:VEVENT
UID:sr-interview-6f1d0c77a9e14b2c@smartrecruiters.com
DTSTAMP:20250123T150507Z
DTSTART;TZID=America/Toronto:20250128T130000
DTEND;TZID=America/Toronto:20250128T133000
SUMMARY:Phone Interview: Producteur principal / Senior Producer - Mont-Roy
 al Interactif
DESCRIPTION:Hi Seo-yeon\,\n\nThank you for applying to Mont-Royal Interact
 if! I'll call you at +1 604 555 0147 at the time above (10:00 your time i
 n Vancouver).\n\nAu plaisir d'échanger avec vous\, et n'hésitez pas à rép
 ondre en anglais!\n\nCamille Lefebvre\nAcquisition de talents | Talent Ac
 quisition\n\nThis invitation was sent via SmartRecruiters.
LOCATION:Phone call
ORGANIZER;CN=Camille Lefebvre:mailto:camille.lefebvre@montroyalinteractif.
 com
ATTENDEE;CN=Seo-yeon Park;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=T
 RUE:mailto:seoyeon.park.dev@gmail.com
ATTENDEE;CN=Camille Lefebvre;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto
 :camille.lefebvre@montroyalinteractif.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="second-round",
        uid="sr-interview-9b3e22d0c57f4a81@smartrecruiters.com",
        is_interview=1,
        company="Mont-Royal Interactif",
        role="Producteur principal / Senior Producer",
        stage="hiring_manager",
        interviewers="francois.bouchard@montroyalinteractif.com;nadia.haddad@montroyalinteractif.com",
        trap="french-entrevue-second-round",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + TOR_GOOGLE + r"""BEGIN:VEVENT
UID:sr-interview-9b3e22d0c57f4a81@smartrecruiters.com
DTSTAMP:20250204T141852Z
DTSTART;TZID=America/Toronto:20250211T140000
DTEND;TZID=America/Toronto:20250211T150000
SUMMARY:Deuxième entrevue - Producteur principal / Senior Producer
DESCRIPTION:Bonjour Seo-yeon\,\n\nSuite à notre échange\, François Boucha
 rd (directeur de production) et Nadia Haddad (productrice exécutive) aim
 eraient vous rencontrer par Zoom. L'entrevue se déroulera en anglais.\n\n
 Lien Zoom : https://zoom.us/j/93018844120?pwd=TXJ5QmVZ\nID de réunion : 9
 30 1884 4120\n\nBonne journée\,\nCamille
LOCATION:Zoom
ORGANIZER;CN=Camille Lefebvre:mailto:camille.lefebvre@montroyalinteractif.
 com
ATTENDEE;CN=Seo-yeon Park;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=T
 RUE:mailto:seoyeon.park.dev@gmail.com
ATTENDEE;CN=François Bouchard;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailt
 o:Francois.Bouchard@montroyalinteractif.com
ATTENDEE;CN=Nadia Haddad;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:nad
 ia.haddad@montroyalinteractif.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="rencontre",
        uid="0u4ht7bq2m9e1c6k3s8vj5rp0a@google.com",
        is_interview=1,
        company="Pixel Boréal",
        role="Productrice principale",
        stage="",
        interviewers="jf.cote@pixelboreal.ca",
        trap="french-rencontre-no-clear-stage",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TOR_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20250219T120000
DTEND;TZID=America/Toronto:20250219T124500
DTSTAMP:20250214T210330Z
ORGANIZER;CN=Jean-François Côté:mailto:jf.cote@pixelboreal.ca
UID:0u4ht7bq2m9e1c6k3s8vj5rp0a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jean-F
 rançois Côté;X-NUM-GUESTS=0:mailto:jf.cote@pixelboreal.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=seoyeon.park.dev@gmail.com;X-NUM-GUESTS=0:mailto:seoyeon.park.dev@
 gmail.com
DESCRIPTION:Bonjour Seo-yeon\,\n\nComme convenu\, voici l'invitation pour
  notre rencontre au sujet du poste de productrice principale. J'aimerais
  surtout qu'on parle de ton expérience avec les éditeurs et de la fin de
  production de Driftline.\n\nÀ mercredi!\nJF\n\nPour participer à la visi
 oconférence Google Meet : https://meet.google.com/wbs-ngry-cvu
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Rencontre Pixel Boréal - Seo-yeon Park (productrice principale)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
