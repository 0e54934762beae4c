"""holdout140: Danish service firms, suppliers and owners (single events, many tools)."""

from holdout140ev_common import TZ_CPH, WIN_ROMANCE, E

EVENTS = [
    E("gws-fredericia", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN=Henriette Bak:mailto:hba@globalwindservice.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN='mikkel.so
 rensen@mail.dk':mailto:mikkel.sorensen@mail.dk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Morten Sko
 v:mailto:msk@globalwindservice.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN=FRC Mødelokale 2
 :mailto:frc-moedelokale2@globalwindservice.com
DESCRIPTION;LANGUAGE=da-DK:Hej Mikkel\n\nTak for din ansøgning som Project
  Site Manager. Hermed invitation til samtale med Morten Skov (Director\, Pr
 ojects) og mig.\n\nAdresse: Global Wind Service\, Jupitervej 4\, 7000 Fred
 ericia. Meld dig i receptionen.\n\nVenlig hilsen\nHenriette Bak\nHR Partne
 r\n
UID:040000008200E00074C5B7101A82E00800000000B0C2A63E2D85DB01000000000000000
 010000000C61A9E8A3D3C2F4A8E1C6B1D9F2E0A77
SUMMARY;LANGUAGE=da-DK:Samtale - Project Site Manager - Mikkel Sørensen
DTSTART;TZID=Romance Standard Time:20250224T130000
DTEND;TZID=Romance Standard Time:20250224T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250217T105210Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=da-DK:FRC Mødelokale 2
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000B0C2A63E2D85DB01000000000000000010000000C61A9E8A3D3C2F4A8E1C6B1D9F2E0A77",
      True, "Global Wind Service", "Project Site Manager", "hiring_manager",
      "hba@globalwindservice.com;msk@globalwindservice.com", "outlook-danish-samtale-hr-and-director"),

    E("esvagt-teams", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN=Claus Winther;SENT-BY="mailto:pda@esvagt.dk":mailto:cwi@esvagt.dk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mikkel Sør
 ensen:mailto:mikkel.sorensen@mail.dk
DESCRIPTION;LANGUAGE=en-US:Hi Mikkel\,\n\nClaus has asked me to set up a Te
 ams meeting with you regarding the Service Operations Supervisor (SOV) pos
 ition.\n\nBest regards\nPia Dalgaard\nManagement Assistant\, ESVAGT A/S\n
 \n________________________________________________________________________
 ________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or
  room device\nClick here to join the meeting<https://teams.microsoft.com/l/
 meetup-join/19%3ameeting_MzU4YjEw@thread.v2/0>\nMeeting ID: 378 104 552 1
 19\nPasscode: Fk2sQ9\n________________________________________________________
 ________________________\n
UID:040000008200E00074C5B7101A82E00800000000E2F9B6B9B292DB01000000000000000
 010000000F5B5C6E1A0E9D44EB87C2A6F9E3D0C14
SUMMARY;LANGUAGE=en-US:ESVAGT // Mikkel Sørensen - Service Operations Super
 visor (SOV)
DTSTART;TZID=Romance Standard Time:20250313T100000
DTEND;TZID=Romance Standard Time:20250313T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250306T124418Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000E2F9B6B9B292DB01000000000000000010000000F5B5C6E1A0E9D44EB87C2A6F9E3D0C14",
      True, "ESVAGT", "Service Operations Supervisor (SOV)", "", "cwi@esvagt.dk",
      "outlook-assistant-sent-by-no-interview-word"),

    E("zoom-headhunter", r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_CPH + r"""BEGIN:VEVENT
DTSTAMP:20250226T091502Z
DTSTART;TZID=Europe/Copenhagen:20250303T080000
DTEND;TZID=Europe/Copenhagen:20250303T084500
SUMMARY:Samtale Mikkel Sørensen / Hartmann Search - fortrolig
UID:ZOOM83152200641
TZID:Europe/Copenhagen
DESCRIPTION:Hej Mikkel\n\nTak for snakken i fredags. Som lovet kommer her d
 etaljerne: vores klient er Semco Maritime\, og stillingen er HSE Lead\, Of
 fshore Wind Projects (base Esbjerg\, 20-30 % offshore). Jeg vil gerne gå
 dit CV igennem\, høre om dine GWO-/BOSIET-certifikater og din opsigelse\,
  før jeg præsenterer dig for Semco.\n\nBo Lindhardt inviterer dig til et
  planlagt Zoom-møde.\n\nDeltag i Zoom-møde\nhttps://us06web.zoom.us/j/8315
 2200641?pwd=Zk1xQ3ZpUWt2b0hQ\n\nMøde-id: 831 5220 0641\nAdgangskode: 4471
 12\n\nMobilnummer til hurtig opkald\n+4578768888\,\,83152200641# Danmark
ORGANIZER;CN=Bo Lindhardt:mailto:bo@hartmannsearch.dk
ATTENDEE;CN=mikkel.sorensen@mail.dk;RSVP=TRUE:mailto:mikkel.sorensen@mail.dk
LOCATION:https://us06web.zoom.us/j/83152200641?pwd=Zk1xQ3ZpUWt2b0hQ
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""", "ZOOM83152200641", True, "Semco Maritime", "HSE Lead, Offshore Wind Projects", "recruiter_screen",
      "bo@hartmannsearch.dk", "headhunter-zoom-client-named-only-in-body"),

    E("emply-jobsamtale", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Emply//Emply Hire//DA
METHOD:REQUEST
""" + TZ_CPH + r"""BEGIN:VEVENT
UID:emply-meeting-4b8f0c1e-91aa-4d5b-8c0a-2e7a5f7c9d31@emply.net
DTSTAMP:20250328T113001Z
DTSTART;TZID=Europe/Copenhagen:20250408T130000
DTEND;TZID=Europe/Copenhagen:20250408T140000
SUMMARY:Jobsamtale: HSE-koordinator\, Anlægsprojekter Vest
LOCATION:Energinet\, Tonne Kjærsvej 65\, 7000 Fredericia
DESCRIPTION:Kære Mikkel Sørensen\n\nTak for din ansøgning til stillingen so
 m HSE-koordinator\, Anlægsprojekter Vest. Vi vil gerne invitere dig til e
 n første samtale.\n\nDeltagere fra Energinet:\nJens Overgaard\, afdelings
 leder\nTrine Hjort\, HSE-specialist\n\nSamtalen varer ca. en time. Husk ga
 målt billedlegitimation - du skal registreres i vagten.\n\nMed venlig hils
 en\nEnerginet Rekruttering\n\nDenne mail er sendt fra Emply og kan ikke be
 svares.
ORGANIZER;CN=Energinet Rekruttering:mailto:noreply@emply.net
ATTENDEE;CN=Mikkel Sørensen;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:mikkel.so
 rensen@mail.dk
ATTENDEE;CN=Jens Overgaard;ROLE=REQ-PARTICIPANT:mailto:jeov@energinet.dk
ATTENDEE;CN=Trine Hjort;ROLE=REQ-PARTICIPANT:mailto:trhj@energinet.dk
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "emply-meeting-4b8f0c1e-91aa-4d5b-8c0a-2e7a5f7c9d31@emply.net", True, "Energinet",
      "HSE-koordinator, Anlægsprojekter Vest", "", "jeov@energinet.dk;trhj@energinet.dk",
      "emply-danish-jobsamtale-first-round"),

    E("phone-note", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250214T192247Z
DTSTAMP:20250214T192310Z
LAST-MODIFIED:20250214T192310Z
UID:6E4C7B0A-2F3D-4C41-9C8E-61D0B7A3F2E9
SEQUENCE:0
SUMMARY:Blue Water samtale m Kenneth
DTSTART:20250219T100000
DTEND:20250219T110000
LOCATION:Kanalen 1\, Esbjerg
DESCRIPTION:HSE lead? spørg om rotation + hvor meget offshore\nhusk certifi
 kater i mappe\nring hvis forsinket 75 18 33 40
TRANSP:OPAQUE
BEGIN:VALARM
X-WR-ALARMUID:1F0D9E7A-5C0B-4A44-8D8B-3A2E1C4B6D77
UID:1F0D9E7A-5C0B-4A44-8D8B-3A2E1C4B6D77
TRIGGER:-PT1H
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""", "6E4C7B0A-2F3D-4C41-9C8E-61D0B7A3F2E9", True, "Blue Water Shipping", "", "", "Kenneth",
      "user-typed-floating-terse-danish", eol="\n"),

    E("meet-bladt", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_CPH + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Copenhagen:20250321T090000
DTEND;TZID=Europe/Copenhagen:20250321T094500
DTSTAMP:20250317T083022Z
ORGANIZER;CN=Rikke Skjødt:mailto:rsk@bladt.dk
UID:5u2gq0kq3ld7m1s9v6hfr4ecb0@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=mikkel.sorensen@mail.dk;X-NUM-GUESTS=0:mailto:mikkel.sorensen@mail
 .dk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Per Laursen;X-NUM-GUESTS=0:mailto:pla@bladt.dk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Rikke Skjødt;X-NUM-GUESTS=0:mailto:rsk@bladt.dk
X-GOOGLE-CONFERENCE:https://meet.google.com/xjd-pqkr-owm
CREATED:20250317T082959Z
DESCRIPTION:Per Laursen (HSE Manager) will lead the conversation\; I'll sen
 d the invite for the next step if it's a match.\n\n-::~:~::~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~
 ::-\nJoin with Google Meet: https://meet.google.com/xjd-pqkr-owm\nOr dial
 : (DK) +45 32 73 04 65 PIN: 471 884 103#\nMore phone numbers: https://tel
 .meet/xjd-pqkr-owm?pin=4718841030921\n\nLearn more about Meet at: https:/
 /support.google.com/a/users/answer/9282720\n\nPlease do not edit this sec
 tion.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20250317T083022Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview: HSE Site Lead – Bladt Industries
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "5u2gq0kq3ld7m1s9v6hfr4ecb0@google.com", True, "Bladt Industries", "HSE Site Lead", "hiring_manager",
      "pla@bladt.dk;rsk@bladt.dk", "google-meet-dial-in-hr-and-hse-manager"),

    E("founder-gmail", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_CPH + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Copenhagen:20250410T163000
DTEND;TZID=Europe/Copenhagen:20250410T173000
DTSTAMP:20250407T201744Z
ORGANIZER;CN=Rasmus Toft:mailto:rasmus.toft77@gmail.com
UID:1h0b6o6ap8k1t0vhr2l4qj7c9s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Rasmus Toft;X-NUM-GUESTS=0:mailto:rasmus.toft77@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=mikkel.sorensen@mail.dk;X-NUM-GUESTS=0:mailto:mikkel.sorensen@mail
 .dk
CREATED:20250407T201740Z
DESCRIPTION:Hej Mikkel\, fedt at du svarede på opslaget på LinkedIn. Vi ta
 ger en kop kaffe og snakker om driftschef-rollen hos Njord – hvad vi har
  af kontrakter (Siemens + Nordex onshore i Vestjylland)\, hvad vi kan betal
 e\, og om du kan se dig selv bygge holdet op. Jesper (medstifter) kommer
  også. Tag gerne dit CV med på papir\, så vi kan kigge på det sammen.\n\nM
 vh Rasmus\nNjord Vindteknik ApS
LAST-MODIFIED:20250407T201744Z
LOCATION:Café Kunstpause\, Havnegade 20\, 6700 Esbjerg
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mikkel / Rasmus - kaffe og snak om driftschef
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "1h0b6o6ap8k1t0vhr2l4qj7c9s@google.com", True, "Njord Vindteknik", "Driftschef", "hiring_manager",
      "rasmus.toft77@gmail.com;Jesper", "founder-gmail-coffee-is-real-interview"),

    E("workable-video", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-event-9e1c0a4f3b7d2e58@workable.com
DTSTAMP:20250404T141233Z
DTSTART:20250414T090000Z
DTEND:20250414T100000Z
SUMMARY:Interview: Mikkel Sørensen for Construction Site Manager - Wind (Eu
 ropean Energy)
DESCRIPTION:Hi Mikkel\,\n\nNiels Brix has invited you to a video interview
  for the Construction Site Manager - Wind position at European Energy.\n\nT
 his is a technical interview: expect questions on civil works interfaces\,
  crane pads\, turbine erection sequence and HSE on a construction site. Yo
 u may be asked to sketch a site layout.\n\nJoin the video call: https://ap
 ply.workable.com/video/european-energy/9e1c0a4f\n\nPlease make sure your c
 amera and microphone work before the call.\n\nSent via Workable
LOCATION:Video call (Workable)
ORGANIZER;CN=Niels Brix via Workable:mailto:noreply@workablemail.com
ATTENDEE;CN=Mikkel Sørensen;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:mikkel.s
 orensen@mail.dk
ATTENDEE;CN=Niels Brix;PARTSTAT=ACCEPTED:mailto:nbr@europeanenergy.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "workable-event-9e1c0a4f3b7d2e58@workable.com", True, "European Energy",
      "Construction Site Manager - Wind", "technical", "nbr@europeanenergy.com",
      "workable-utc-technical-video"),

    E("calendly-booked", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Event Invite//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:CAL-7a41c6b2-32e0-4dd1-9f5a-0d9cbd5e3a10@calendly.com
DTSTAMP:20250318T200511Z
DTSTART:20250324T083000Z
DTEND:20250324T090000Z
SUMMARY:Indledende samtale - Service Supervisor (Hobro) between Jonas Bech a
 nd Mikkel Sørensen
DESCRIPTION:Event Name: Indledende samtale - Service Supervisor (Hobro)\n\n
 Location: This is a Microsoft Teams web conference.\nhttps://teams.micros
 oft.com/l/meetup-join/19%3ameeting_Y2FsZW5k@thread.v2/0\n\nPlease share an
 ything that will help prepare for our meeting.: Nuv. lead tech Vestkyst V
 indservice\, 3 mdr opsigelse\n\nNeed to make changes to this event?\nCance
 l: https://calendly.com/cancellations/7a41c6b2\nReschedule: https://calend
 ly.com/reschedulings/7a41c6b2\n\nPowered by Calendly.com
LOCATION:Microsoft Teams
ORGANIZER;CN=Jonas Bech:mailto:jonas.bech@eurowindenergy.com
ATTENDEE;CN=Mikkel Sørensen;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:m
 ikkel.sorensen@mail.dk
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "CAL-7a41c6b2-32e0-4dd1-9f5a-0d9cbd5e3a10@calendly.com", True, "Eurowind Energy",
      "Service Supervisor (Hobro)", "recruiter_screen", "jonas.bech@eurowindenergy.com",
      "calendly-user-booked-recruiter-link"),

    E("bookings-teams", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN=KK Wind Solutions - Recruitment:mailto:KKRecruitment@kkwindsol
 utions.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mikkel Sør
 ensen:mailto:mikkel.sorensen@mail.dk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Signe Kro
 gh:mailto:sikr@kkwindsolutions.com
DESCRIPTION;LANGUAGE=en-US:Your booking is confirmed.\n\nService: Teams int
 erview - Field Service Supervisor\nStaff: Signe Krogh\n\nManage booking: h
 ttps://outlook.office365.com/owa/calendar/KKRecruitment@kkwindsolutions.o
 nmicrosoft.com/bookings/\n\nJoin the Teams meeting: https://teams.microsof
 t.com/l/meetup-join/19%3ameeting_Ym9va2lu@thread.v2/0\n\nKK Wind Solution
 s\, Bøgildvej 6\, 7430 Ikast\n
UID:040000008200E00074C5B7101A82E008000000002D7A1F49C1B3DB01000000000000000
 010000000A40B7C9E92B1C142A2F4F1C6E5B8D3A0
SUMMARY;LANGUAGE=en-US:Teams interview - Field Service Supervisor
DTSTART;TZID=Romance Standard Time:20250422T140000
DTEND;TZID=Romance Standard Time:20250422T144500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250415T171902Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E008000000002D7A1F49C1B3DB01000000000000000010000000A40B7C9E92B1C142A2F4F1C6E5B8D3A0",
      True, "KK Wind Solutions", "Field Service Supervisor", "recruiter_screen", "sikr@kkwindsolutions.com",
      "bookings-user-as-customer-staff-interviews"),

    E("falck-tower-demo", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Husted, Gitte":mailto:gihu@falck.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mikkel.sor
 ensen@mail.dk:mailto:mikkel.sorensen@mail.dk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bøgh, And
 ers":mailto:anbo@falck.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN=ESB Training To
 wer:mailto:esb-tower@falck.com
DESCRIPTION;LANGUAGE=da-DK:Hi Mikkel\,\n\nThanks for the good call last wee
 k. Next step for the Training Centre HSE Lead (GWO) position is a meeting
  here in Esbjerg in two parts:\n\n1) 60 min interview with me and Anders
  Bøgh (Lead Instructor)\n2) 45 min practical: you run a 20-minute segment
  of GWO Working at Heights (rescue from the ladder) in our tower - two of
  our instructors will act as participants. We assess how you instruct and
  how you handle the safety brief\, not your own climbing.\n\nBring your own
  harness if you prefer\, otherwise we provide kit.\n\nBest regards\nGitte
  Husted\nCentre Manager\, Falck Safety Services Esbjerg\n
UID:040000008200E00074C5B7101A82E008000000004F3E2B7AC6B5DB01000000000000000
 010000000F1D2C3B4A5968778695A4B3C2D1E0F11
SUMMARY;LANGUAGE=da-DK:Interview + practical - Training Centre HSE Lead (GW
 O)
DTSTART;TZID=Romance Standard Time:20250429T120000
DTEND;TZID=Romance Standard Time:20250429T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250422T075531Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=da-DK:Falck Safety Services\, Tarphagevej 3\, 6710 Esbjer
 g V
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E008000000004F3E2B7AC6B5DB01000000000000000010000000F1D2C3B4A5968778695A4B3C2D1E0F11",
      True, "Falck Safety Services", "Training Centre HSE Lead (GWO)", "technical",
      "gihu@falck.com;anbo@falck.com", "candidate-practical-in-gwo-tower-elsewhere"),

    E("liftra-aalborg", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
X-WR-TIMEZONE:Europe/Copenhagen
""" + TZ_CPH + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Copenhagen:20250507T100000
DTEND;TZID=Europe/Copenhagen:20250507T113000
DTSTAMP:20250429T064018Z
ORGANIZER;CN=Sanne Vest:mailto:sv@liftra.com
UID:7mcr2g0ofk0l4q5s3e9d1dh8tb@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Henrik Dam;X-NUM-GUESTS=0:mailto:hd@liftra.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=mikkel.sorensen@mail.dk;X-NUM-GUESTS=0:mailto:mikkel.sorensen@mail
 .dk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Sanne Vest;X-NUM-GUESTS=0:mailto:sv@liftra.com
CREATED:20250429T064001Z
DESCRIPTION:Liftra | Service Manager Offshore\n\nHenrik (COO) and Sanne (Pe
 ople & Culture). We'll show you the workshop with the self-hoisting crane
  afterwards.
LAST-MODIFIED:20250429T064018Z
LOCATION:Liftra\, Gasværksvej 24\, 9000 Aalborg
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Liftra | Mikkel Sørensen | Service Manager Offshore
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "7mcr2g0ofk0l4q5s3e9d1dh8tb@google.com", True, "Liftra", "Service Manager Offshore", "",
      "hd@liftra.com;sv@liftra.com", "google-invite-no-interview-word"),
]
