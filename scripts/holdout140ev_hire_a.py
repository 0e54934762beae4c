"""holdout140: the user on the HIRING side at Vestkyst Vindservice (part 1)."""

from holdout140ev_common import TZ_CPH, WIN_ROMANCE, E

EVENTS = [
    E("samtale-note", r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook for iOS//EN
VERSION:2.0
BEGIN:VEVENT
UID:7F0C7A5E-1B44-4E0F-8C41-A5D2E3F40B11
DTSTAMP:20250206T181030Z
DTSTART;TZID=Europe/Copenhagen:20250210T073000
DTEND;TZID=Europe/Copenhagen:20250210T081500
SUMMARY:samtale Jonas P
LOCATION:kontoret
DESCRIPTION:servicetekniker (offshore pulje)\n- god på hydraulik\, svag på
  el\n- GWO BST ok\, mangler BTT + Slinger signaller\n- 2 år hos Siemens som
  vikar via Manpower\n- tjek ref. + kørekort kat. BE
END:VEVENT
END:VCALENDAR
""", "7F0C7A5E-1B44-4E0F-8C41-A5D2E3F40B11", False, trap="user-as-interviewer-own-note-on-candidate",
      hiring=True),

    E("ansaettelsessamtale", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Friis, Charlotte":mailto:cfr@vestkyst-vindservice.dk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sørensen,
  Mikkel":mailto:m.sorensen@vestkyst-vindservice.dk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lund, Hen
 rik":mailto:hlu@vestkyst-vindservice.dk
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN=ESB Mødelokale F
 anø:mailto:moedelokale.fanoe@vestkyst-vindservice.dk
DESCRIPTION;LANGUAGE=da-DK:Hej begge\n\nAnsættelsessamtale med Ahmad Rahimi
  (servicetekniker offshore). CV og ansøgning ligger i Emply. Mikkel tager
  den tekniske del (fejlsøgning\, LOTO)\, Henrik løn og rotation\, jeg tag
 er det praktiske.\n\nHilsen\nCharlotte\nHR\n
UID:040000008200E00074C5B7101A82E00800000000A4C0E2D6A078DB01000000000000000
 010000000EE11DD22CC33BB44AA5566778899AABB
SUMMARY;LANGUAGE=da-DK:Ansættelsessamtale: Servicetekniker Offshore - Ahmad
  Rahimi
DTSTART;TZID=Romance Standard Time:20250212T100000
DTEND;TZID=Romance Standard Time:20250212T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250207T084512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=da-DK:ESB Mødelokale Fanø
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000A4C0E2D6A078DB01000000000000000010000000EE11DD22CC33BB44AA5566778899AABB",
      False, trap="user-as-interviewer-hr-panel-ansaettelsessamtale", hiring=True),

    E("tower-test", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Friis, Charlotte":mailto:cfr@vestkyst-vindservice.dk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sørensen,
  Mikkel":mailto:m.sorensen@vestkyst-vindservice.dk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kjær, Tob
 ias":mailto:tkj@vestkyst-vindservice.dk
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN=Træningstårn (G
 WO):mailto:traeningstaarn@vestkyst-vindservice.dk
DESCRIPTION;LANGUAGE=da-DK:Praktisk test for de 4 lærlingeansøgere (vindmøl
 leoperatør\, start august):\n08:00 sikkerhedsbrief + udstyr\n08:30 Mikkel
 : stigetest og nedfiring fra platform\n10:00 Tobias: momentnøgle/bolte på
  mock-up flange\n11:30 scoring i Emply (samme skema som sidst)\n\nHusk und
 erskrevet helbredserklæring fra hver ansøger før de går op.\n
UID:040000008200E00074C5B7101A82E0080000000031F0B8D6A5A3DB01000000000000000
 010000000D00DFEEDBEEF0011223344556677AABB
SUMMARY;LANGUAGE=da-DK:Praktisk test i tårnet - lærlingeansøgere (4)
DTSTART;TZID=Romance Standard Time:20250402T080000
DTEND;TZID=Romance Standard Time:20250402T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250325T101010Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=da-DK:Træningstårn (GWO)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E0080000000031F0B8D6A5A3DB01000000000000000010000000D00DFEEDBEEF0011223344556677AABB",
      False, trap="user-as-interviewer-gwo-tower-practical-test-runs-it", hiring=True),

    E("agency-candidate", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN=Rasmus Ebbe:mailto:re@nordicwindstaffing.dk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=m.sorensen
 @vestkyst-vindservice.dk:mailto:m.sorensen@vestkyst-vindservice.dk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Marek Wiśniews
 ki:mailto:marek.wisniewski.wt@gmail.com
DESCRIPTION;LANGUAGE=en-US:Hi Mikkel\,\n\nAs promised\, here is Marek for t
 he 8-week cover on the Horns Rev 2 campaign. Polish\, 6 years on SWT-2.3
  and SWT-3.6\, GWO BST/BTT/ART valid until 2026\, B-licence. CV attached.\n
 \nI'll open the call\, introduce him and then leave you two to talk tech.
  If you like him I can have him in Esbjerg Monday.\n\nBest\nRasmus Ebbe\nN
 ordic Wind Staffing\n\nJoin Teams: https://teams.microsoft.com/l/meetup-jo
 in/19%3ameeting_bndzMQ@thread.v2/0\n
UID:040000008200E00074C5B7101A82E00800000000C02E1A77F1A4DB01000000000000000
 010000000ABCDEF0123456789ABCDEF0123456789
SUMMARY;LANGUAGE=en-US:Candidate presentation: Marek Wiśniewski - Service T
 echnician (HR2 cover)
DTSTART;TZID=Romance Standard Time:20250220T150000
DTEND;TZID=Romance Standard Time:20250220T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250219T110043Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000C02E1A77F1A4DB01000000000000000010000000ABCDEF0123456789ABCDEF0123456789",
      False, trap="user-as-interviewer-agency-presents-candidate", hiring=True),

    E("accepted-reply", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
""" + WIN_ROMANCE + r"""BEGIN:VEVENT
DTSTART;TZID=Romance Standard Time:20250305T140000
DTEND;TZID=Romance Standard Time:20250305T143000
DTSTAMP:20250301T124410Z
ORGANIZER;CN="Sørensen, Mikkel":mailto:m.sorensen@vestkyst-vindservice.dk
UID:040000008200E00074C5B7101A82E00800000000F7C3D1E98E88DB01000000000000000
 0100000007788AA99BBCCDDEEFF00112233445566
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Emil V
 ad Christensen;X-NUM-GUESTS=0:mailto:emilvadc@gmail.com
CREATED:20250301T124401Z
DESCRIPTION:
LAST-MODIFIED:20250301T124410Z
LOCATION:Vestkyst Vindservice\, Svanevej 9\, 6705 Esbjerg Ø
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Jobsamtale - lærling vindmølleoperatør
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000F7C3D1E98E88DB010000000000000000100000007788AA99BBCCDDEEFF00112233445566",
      False, trap="user-as-interviewer-candidate-accepted-reply", hiring=True),

    E("invite-hotmail", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Sørensen, Mikkel":mailto:m.sorensen@vestkyst-vindservice.dk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lasse.holm
 94@hotmail.com:mailto:lasse.holm94@hotmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lund, Hen
 rik":mailto:hlu@vestkyst-vindservice.dk
DESCRIPTION;LANGUAGE=da-DK:Hej Lasse\n\nTak for snakken i telefonen. Du er
  velkommen til en samtale om jobbet som servicetekniker onshore hos os. Vi
  tager en tur i værkstedet bagefter\, så tag arbejdstøj med.\n\nMeld dig
  i receptionen.\n\nMvh\nMikkel Sørensen\nLead Service Technician\nVestkyst
  Vindservice A/S\nTlf. +45 40 18 22 71\n
UID:040000008200E00074C5B7101A82E00800000000A2B3C4D5E6F7DB01000000000000000
 010000000102938475610293847561029384756AB
SUMMARY;LANGUAGE=da-DK:Samtale hos Vestkyst Vindservice - servicetekniker o
 nshore
DTSTART;TZID=Romance Standard Time:20250414T130000
DTEND;TZID=Romance Standard Time:20250414T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250409T143355Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=da-DK:Vestkyst Vindservice\, Svanevej 9\, Esbjerg Ø
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000A2B3C4D5E6F7DB01000000000000000010000000102938475610293847561029384756AB",
      False, trap="user-as-interviewer-invites-candidate-on-hotmail", hiring=True),

    E("emply-vurdering", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Emply//Emply Hire//DA
METHOD:REQUEST
""" + TZ_CPH + r"""BEGIN:VEVENT
UID:emply-task-evaluation-1127-offshore-tech-2025@emply.net
DTSTAMP:20250213T070000Z
DTSTART;TZID=Europe/Copenhagen:20250214T150000
DTEND;TZID=Europe/Copenhagen:20250214T153000
SUMMARY:Frist: afgiv vurdering - Servicetekniker Offshore (3 kandidater)
DESCRIPTION:Hej Mikkel Sørensen\n\nDu er tilknyttet som bedømmer på sagen "
 Servicetekniker Offshore - Esbjerg". Du mangler at afgive din vurdering af
  følgende kandidater efter 1. samtale:\n- Ahmad Rahimi\n- Jonas Pedersen\n-
  Sofie Brix\n\nÅbn sagen i Emply: https://vestkyst.emply.net/recruitment/
 1127/evaluations\n\nDenne mail kan ikke besvares.
ORGANIZER;CN=Vestkyst Vindservice Rekruttering:mailto:noreply@emply.net
ATTENDEE;CN=Mikkel Sørensen;RSVP=FALSE:mailto:m.sorensen@vestkyst-vindservic
 e.dk
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "emply-task-evaluation-1127-offshore-tech-2025@emply.net", False,
      trap="user-as-interviewer-emply-scorecard-deadline", hiring=True),

    E("debrief-teams", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Lund, Henrik":mailto:hlu@vestkyst-vindservice.dk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sørensen,
  Mikkel":mailto:m.sorensen@vestkyst-vindservice.dk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Friis, Ch
 arlotte":mailto:cfr@vestkyst-vindservice.dk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kjær, Tob
 ias":mailto:tkj@vestkyst-vindservice.dk
DESCRIPTION;LANGUAGE=da-DK:Runde 1 er ovre - lad os blive enige om hvem vi
  tager videre til prøvedag\, og hvem Charlotte ringer afslag til. Tag jer
 es noter med.\n\n________________________________________________________
 ________________________\nMicrosoft Teams-møde\nDeltag på din computer\,
  mobilapp eller rumenhed\nKlik her for at deltage i mødet<https://teams.mi
 crosoft.com/l/meetup-join/19%3ameeting_dmVzdGt5@thread.v2/0>\nMøde-id: 3
 28 005 119 442\nAdgangskode: d2KqR7\n___________________________________
 _____________________________________________\n
UID:040000008200E00074C5B7101A82E008000000001D2C3B4A5968DB01000000000000000
 010000000F0E1D2C3B4A5968778695A4B3C2D1E0F
SUMMARY;LANGUAGE=da-DK:Debrief - offshore teknikere runde 1
DTSTART;TZID=Romance Standard Time:20250217T080000
DTEND;TZID=Romance Standard Time:20250217T083000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250213T162000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=da-DK:Microsoft Teams-møde
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E008000000001D2C3B4A5968DB01000000000000000010000000F0E1D2C3B4A5968778695A4B3C2D1E0F",
      False, trap="user-as-interviewer-hiring-debrief", hiring=True),

    E("optagelsesudvalg", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN=Pernille Krogh:mailto:pkr@rybners.dk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=m.sorensen
 @vestkyst-vindservice.dk:mailto:m.sorensen@vestkyst-vindservice.dk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Jan Thygesen:m
 ailto:jth@rybners.dk
DESCRIPTION;LANGUAGE=da-DK:Kære praktikvirksomheder\n\nVelkommen til årets
  udvælgelse af elever til vindmølleoperatør-uddannelsen. Hver virksomhed
  sidder med i to af samtalerne med ansøgerne og afgiver en kort vurdering
  til udvalget. Vi fordeler eleverne på praktikpladserne til sidst.\n\nFrok
 ost serveres kl. 12.\n\nVenlig hilsen\nPernille Krogh\nUddannelseskonsulen
 t\, Rybners\n
UID:040000008200E00074C5B7101A82E008000000007B5D3F1A0C2EDB01000000000000000
 010000000A1A2A3A4A5A6A7A8A9B0B1B2B3B4B5B6
SUMMARY;LANGUAGE=da-DK:Optagelsesudvalg - vindmølleoperatørelever 2025
DTSTART;TZID=Romance Standard Time:20250508T090000
DTEND;TZID=Romance Standard Time:20250508T133000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250423T093000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=da-DK:Rybners\, Spangsbjerg Møllevej 310\, Esbjerg
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E008000000007B5D3F1A0C2EDB01000000000000000010000000A1A2A3A4A5A6A7A8A9B0B1B2B3B4B5B6",
      False, trap="user-as-interviewer-apprentice-selection-committee-school", hiring=True),

    E("shadowing", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Friis, Charlotte":mailto:cfr@vestkyst-vindservice.dk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sørensen,
  Mikkel":mailto:m.sorensen@vestkyst-vindservice.dk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kjær, Tob
 ias":mailto:tkj@vestkyst-vindservice.dk
DESCRIPTION;LANGUAGE=da-DK:Tobias sidder med som observatør på Mikkels sam
 tale med Sofie Brix (servicetekniker) som led i oplæringen til teamleder.
  Tobias siger ikke noget undervejs - I tager 15 min bagefter\, hvor Mikkel
  forklarer sin spørgeteknik og vurdering.\n\n/Charlotte\n
UID:040000008200E00074C5B7101A82E0080000000066A7B8C9D0E1DB01000000000000000
 0100000004E4D4C4B4A494847464544434241403F
SUMMARY;LANGUAGE=da-DK:Tobias følger Mikkel - samtale Sofie B. (oplæring)
DTSTART;TZID=Romance Standard Time:20250219T130000
DTEND;TZID=Romance Standard Time:20250219T141500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250214T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=da-DK:ESB Mødelokale Rømø
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E0080000000066A7B8C9D0E1DB010000000000000000100000004E4D4C4B4A494847464544434241403F",
      False, trap="user-as-interviewer-shadowed-by-new-team-lead", hiring=True),

    E("proevedag", r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250424T152100Z
DESCRIPTION:Kristian Bøgh kører med mig + Jannik på HR3 (hvis vejret hold
 er\, ellers onshore Tjæreborg). Han skal have PPE fra lager kl 6.\nVurder
 : sikkerhed\, tempo\, hvordan han snakker med kunden. Giv HR besked fredag.
DTEND;VALUE=DATE:20250502
DTSTAMP:20250424T152100Z
DTSTART;VALUE=DATE:20250501
LAST-MODIFIED:20250424T152100Z
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=da:Prøvedag Kristian B. (med mig på HR3)
TRANSP:TRANSPARENT
UID:040000008200E00074C5B7101A82E00800000000B7C8D9E0F1A2DB01000000000000000
 010000000C1C2C3C4C5C6C7C8C9D0D1D2D3D4D5D6
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-BUSYSTATUS:FREE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000B7C8D9E0F1A2DB01000000000000000010000000C1C2C3C4C5C6C7C8C9D0D1D2D3D4D5D6",
      False, trap="user-as-interviewer-supervises-candidate-trial-day", hiring=True),
]
