"""holdout140: the trade's everyday calendar and private life (not interviews)."""

from holdout140ev_common import TZ_CPH, WIN_ROMANCE, E

EVENTS = [
    E("ugemoede-serie", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Lund, Henrik":mailto:hlu@vestkyst-vindservice.dk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Sørensen, Mik
 kel":mailto:m.sorensen@vestkyst-vindservice.dk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kjær, Tobias"
 :mailto:tkj@vestkyst-vindservice.dk
DESCRIPTION;LANGUAGE=da-DK:Fast ugemøde: sikkerhed (uge-rapporter\, near mi
 sses)\, vejrvindue og planlægning\, reservedele\, bemanding/vikarer.\n
RRULE:FREQ=WEEKLY;BYDAY=MO;WKST=MO
UID:040000008200E00074C5B7101A82E00800000000506172839405DB01000000000000000
 010000000CAFE0001CAFE0002CAFE0003CAFE0004
SUMMARY;LANGUAGE=da-DK:Ugemøde service Vest
DTSTART;TZID=Romance Standard Time:20250106T073000
DTEND;TZID=Romance Standard Time:20250106T081500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250102T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=da-DK:Kantinen / Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Lund, Henrik":mailto:hlu@vestkyst-vindservice.dk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Sørensen, Mik
 kel":mailto:m.sorensen@vestkyst-vindservice.dk
RECURRENCE-ID;TZID=Romance Standard Time:20250421T073000
UID:040000008200E00074C5B7101A82E00800000000506172839405DB01000000000000000
 010000000CAFE0001CAFE0002CAFE0003CAFE0004
SUMMARY;LANGUAGE=da-DK:Ugemøde service Vest (flyttet - 2. påskedag)
DTSTART;TZID=Romance Standard Time:20250422T073000
DTEND;TZID=Romance Standard Time:20250422T081500
DTSTAMP:20250407T100000Z
SEQUENCE:1
LOCATION;LANGUAGE=da-DK:Teams
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000506172839405DB01000000000000000010000000CAFE0001CAFE0002CAFE0003CAFE0004",
      False, trap="recurring-team-meeting-with-override"),

    E("toolbox-talk", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Sørensen, Mikkel":mailto:m.sorensen@vestkyst-vindservice.dk
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Servicehold Vest:mailto:service
 hold.vest@vestkyst-vindservice.dk
DESCRIPTION;LANGUAGE=da-DK:Safety stand-down efter tabt genstand (bolt M24
 ) fra nacellen på HR2-B07 i går. Alle hold på land møder. Gennemgang af
  hændelsen\, værktøjslines\, afspærring ved tårnfod. Underskriv deltagerli
 sten.\n
UID:040000008200E00074C5B7101A82E00800000000ABCDEF9876DB01000000000000000000
 100000001111222233334444555566667777AAAA
SUMMARY;LANGUAGE=da-DK:Toolbox talk / safety stand-down - dropped object HR2
DTSTART;TZID=Romance Standard Time:20250318T064500
DTEND;TZID=Romance Standard Time:20250318T071500
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20250317T183000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=da-DK:Værkstedet
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000ABCDEF9876DB01000000000000000000100000001111222233334444555566667777AAAA",
      False, trap="toolbox-talk-safety-stand-down"),

    E("crew-change", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-TIMEZONE:Europe/Copenhagen
BEGIN:VEVENT
DTSTART:20250520T041500Z
DTEND:20250520T160000Z
DTSTAMP:20250601T090000Z
UID:9p7o5i3u1y9t7r5e3w1q9a7s5d@google.com
DESCRIPTION:CTV Windcat 37 fra Dokhavnen 06:15. hold: Mikkel\, Jannik\, S
 ofus\, Mads. HR3 F04 + F11 (pitch akkumulatorer). tilbage ca 18.
LOCATION:Esbjerg Dokhavn\, kaj 4
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Crew change / offshore HR3
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "9p7o5i3u1y9t7r5e3w1q9a7s5d@google.com", False, trap="offshore-transfer-names-interview-employer-vessel",
      eol="\n"),

    E("gwo-refresher", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Falck Safety Services Booking:mailto:booking.esbjerg@falck.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sørensen,
  Mikkel":mailto:m.sorensen@vestkyst-vindservice.dk
DESCRIPTION;LANGUAGE=en-US:Course confirmation: GWO BST Refresher - Sea Surv
 ival + Manual Handling (2 days). Participant: Mikkel Sørensen (Vestkyst Vi
 ndservice A/S). Bring swimwear\, towel and valid photo ID. WINDA ID requi
 red. Check-in 07:45.\n
UID:FSS-ESB-BSTR-2025-0127-004
SUMMARY;LANGUAGE=en-US:GWO BST Refresher (SS + MH) - Falck Esbjerg
DTSTART;VALUE=DATE:20250127
DTEND;VALUE=DATE:20250129
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250109T131300Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Falck Safety Services\, Esbjerg
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-BUSYSTATUS:OOF
END:VEVENT
END:VCALENDAR
""", "FSS-ESB-BSTR-2025-0127-004", False, trap="gwo-training-at-interviewing-employer"),

    E("kundemoede", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Lund, Henrik":mailto:hlu@vestkyst-vindservice.dk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sørensen,
  Mikkel":mailto:m.sorensen@vestkyst-vindservice.dk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nis Hanse
 n:mailto:nis.hansen@vattenfall.com
DESCRIPTION;LANGUAGE=da-DK:Kvartalsmøde med Vattenfall om serviceaftalen p
 å Horns Rev 1: KPI (tilgængelighed)\, HSE-statistik\, åbne NCR'er\, plan f
 or Q2. Mikkel præsenterer HSE-tallene.\n
UID:040000008200E00074C5B7101A82E00800000000F0F1F2F3F4F5DB01000000000000000
 010000000BEEF0000BEEF1111BEEF2222BEEF3333
SUMMARY;LANGUAGE=da-DK:Kvartalsmøde Vattenfall - HR1 serviceaftale
DTSTART;TZID=Romance Standard Time:20250402T130000
DTEND;TZID=Romance Standard Time:20250402T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250320T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=da-DK:Vestkyst Vindservice - mødelokale Fanø
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000F0F1F2F3F4F5DB01000000000000000010000000BEEF0000BEEF1111BEEF2222BEEF3333",
      False, trap="customer-meeting-with-interviewing-employer"),

    E("laege", r"""BEGIN:VCALENDAR
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
VERSION:2.0
CALSCALE:GREGORIAN
""" + TZ_CPH + r"""BEGIN:VEVENT
UID:E1F2A3B4-C5D6-4E7F-8091-A2B3C4D5E6F7
DTSTAMP:20250210T080000Z
SUMMARY:Læge - Dr. Holm
DTSTART;TZID=Europe/Copenhagen:20250213T084000
DTEND;TZID=Europe/Copenhagen:20250213T090000
LOCATION:Lægehuset Torvegade\, Esbjerg
DESCRIPTION:knæ + forny recept
END:VEVENT
END:VCALENDAR
""", "E1F2A3B4-C5D6-4E7F-8091-A2B3C4D5E6F7", False, trap="personal-doctor", eol="\n"),

    E("skole-hjem", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Aula//Aula Kalender//DA
METHOD:PUBLISH
""" + TZ_CPH + r"""BEGIN:VEVENT
UID:aula-event-88127731@aula.dk
DTSTAMP:20250301T120000Z
DTSTART;TZID=Europe/Copenhagen:20250320T164500
DTEND;TZID=Europe/Copenhagen:20250320T170500
SUMMARY:Skole-hjem-samtale: Freja Sørensen\, 4.B
LOCATION:Rørkjær Skole\, lokale 12
DESCRIPTION:Samtale med klasselærer Anne Vinther og matematiklærer Bo Krag
 h. Husk at udfylde forberedelsesskemaet sammen med Freja.
END:VEVENT
END:VCALENDAR
""", "aula-event-88127731@aula.dk", False, trap="school-parent-teacher-samtale"),

    E("bank", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_CPH + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Copenhagen:20250425T100000
DTEND;TZID=Europe/Copenhagen:20250425T110000
DTSTAMP:20250416T073000Z
ORGANIZER;CN=Rikke Damsgaard:mailto:rida@sydbank.dk
UID:5t3r1e9w7q5a3s1d9f7g5h3j1k@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=mikkel
 .sorensen@mail.dk:mailto:mikkel.sorensen@mail.dk
DESCRIPTION:Møde om omlægning af boliglån og budget - også hvis du skifter
  job og evt. flytter til Tyskland/Holland. Tag lønsedler med.
LOCATION:Sydbank Esbjerg\, Kongensgade 60
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Møde i Sydbank - boliglån
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "5t3r1e9w7q5a3s1d9f7g5h3j1k@google.com", False, trap="bank-meeting-mentions-job-change"),

    E("borgerservice", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Esbjerg Kommune//Tidsbestilling//DA
METHOD:PUBLISH
""" + TZ_CPH + r"""BEGIN:VEVENT
UID:tb-esbjerg-borgerservice-553901
DTSTAMP:20250502T190000Z
DTSTART;TZID=Europe/Copenhagen:20250509T081500
DTEND;TZID=Europe/Copenhagen:20250509T083000
SUMMARY:Borgerservice: Pas (Freja Sørensen)
LOCATION:Borgerservice Esbjerg\, Rådhuspladsen 1
DESCRIPTION:Husk: gammelt pas\, foto tages på stedet\, barnet skal være til
  stede. Bookingnr. 553901.
END:VEVENT
END:VCALENDAR
""", "tb-esbjerg-borgerservice-553901", False, trap="official-appointment-passport"),

    E("vendor-demo", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN=Morten Aagaard:mailto:mag@liftra.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sørensen,
  Mikkel":mailto:m.sorensen@vestkyst-vindservice.dk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lund, Hen
 rik":mailto:hlu@vestkyst-vindservice.dk
DESCRIPTION;LANGUAGE=en-US:Demo of the LT1500 self-hoisting crane for main
  component exchange without jack-up. We bring the video and a 1:10 model\;
  pricing for a 2025 framework agreement to follow.\n\nMorten Aagaard\nKey
  Account Manager\, Liftra\n
UID:040000008200E00074C5B7101A82E0080000000012EF34CD56AB78DB0100000000000000
 00100000009090A0A0B0B0C0C0D0D0E0E0F0F01010
SUMMARY;LANGUAGE=en-US:Liftra x Vestkyst Vindservice - crane demo
DTSTART;TZID=Romance Standard Time:20250129T100000
DTEND;TZID=Romance Standard Time:20250129T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250115T141000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Vestkyst Vindservice\, Esbjerg
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E0080000000012EF34CD56AB78DB01000000000000000"
      "0100000009090A0A0B0B0C0C0D0D0E0E0F0F01010",
      False, trap="vendor-demo-from-interviewing-employer"),

    E("audit-interview", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Friis, Charlotte":mailto:cfr@vestkyst-vindservice.dk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sørensen,
  Mikkel":mailto:m.sorensen@vestkyst-vindservice.dk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Erik Ståhl
  (DNV):mailto:erik.stahl@dnv.com
DESCRIPTION;LANGUAGE=en-US:ISO 45001 surveillance audit\, day 2. The audito
 r interviews the lead technician about risk assessments\, permit-to-work
  and incident reporting\, then samples 3 work orders. Have the SJA folder
  ready.\n
UID:040000008200E00074C5B7101A82E00800000000DD11EE22FF33DB01000000000000000
 010000000ACE0ACE1ACE2ACE3ACE4ACE5ACE6ACE7
SUMMARY;LANGUAGE=en-US:ISO 45001 audit - interview lead technician (DNV)
DTSTART;TZID=Romance Standard Time:20250205T100000
DTEND;TZID=Romance Standard Time:20250205T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250122T110000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Mødelokale Fanø
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000DD11EE22FF33DB01000000000000000010000000ACE0ACE1ACE2ACE3ACE4ACE5ACE6ACE7",
      False, trap="audit-interview-by-interviewing-employer"),

    E("incident-interview", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN=Kirsten Mogensen:mailto:KIRMO@orsted.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=m.sorensen
 @vestkyst-vindservice.dk:mailto:m.sorensen@vestkyst-vindservice.dk
DESCRIPTION;LANGUAGE=en-US:Hi Mikkel\,\n\nAs part of the investigation of
  the dropped object at HR2-B07 (17 March) we are interviewing the people on
  the crew. This is a fact-finding conversation\, not a disciplinary one.
  Please bring the SJA and the work order.\n\nKirsten Mogensen\nHSE Busines
 s Partner\, O&M West\, Ørsted\n
UID:040000008200E00074C5B7101A82E008000000004B4C4D4E4F50DB01000000000000000
 010000000D1D2D3D4D5D6D7D8D9DADBDCDDDEDFE0
SUMMARY;LANGUAGE=en-US:Incident investigation interview - dropped object HR
 2-B07
DTSTART;TZID=Romance Standard Time:20250324T130000
DTEND;TZID=Romance Standard Time:20250324T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250319T151500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Ørsted O&M Esbjerg
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E008000000004B4C4D4E4F50DB01000000000000000010000000D1D2D3D4D5D6D7D8D9DADBDCDDDEDFE0",
      False, trap="incident-investigation-interview-by-past-interviewer"),

    E("speciale", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_CPH + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Copenhagen:20250416T140000
DTEND;TZID=Europe/Copenhagen:20250416T150000
DTSTAMP:20250409T110000Z
ORGANIZER;CN=Ida Bertelsen:mailto:ibert20@student.aau.dk
UID:8n6b4v2c0x8z6l4k2j0h8g6f4d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=mikkel
 .sorensen@mail.dk:mailto:mikkel.sorensen@mail.dk
DESCRIPTION:Tusind tak for at du vil stille op til et interview til mit spe
 ciale (Operations & Supply Chain\, AAU Esbjerg) om reservedelslogistik i
  offshore O&M. Semistruktureret\, ca. 45 min\, anonymiseret. Jeg optager l
 yd hvis det er ok.
LOCATION:AAU Esbjerg\, Niels Bohrs Vej 8
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Specialeinterview - Ida B. (AAU)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "8n6b4v2c0x8z6l4k2j0h8g6f4d@google.com", False, trap="thesis-research-interview-user-is-subject"),

    E("tandlaege", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Tandlægerne Esbjerg//Online booking//DA
METHOD:PUBLISH
BEGIN:VEVENT
UID:booking-7781902@tandesbjerg.dk
DTSTAMP:20250115T100000Z
DTSTART:20250502T061500Z
DTEND:20250502T070000Z
SUMMARY:Tandlæge - eftersyn (Mikkel)
LOCATION:Tandlægerne Esbjerg\, Kongensgade 41
DESCRIPTION:Afbud senest 24 timer før på 75 12 30 40.
END:VEVENT
END:VCALENDAR
""", "booking-7781902@tandesbjerg.dk", False, trap="personal-dentist-utc"),

    E("fodbold", r"""BEGIN:VCALENDAR
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
VERSION:2.0
CALSCALE:GREGORIAN
""" + TZ_CPH + r"""BEGIN:VEVENT
UID:F00DBA11-0C5A-4A11-9E00-U11TRAINING25
DTSTAMP:20250225T180000Z
SUMMARY:Oscar fodbold U11 (jeg kører)
DTSTART;TZID=Europe/Copenhagen:20250305T163000
DTEND;TZID=Europe/Copenhagen:20250305T180000
RRULE:FREQ=WEEKLY;UNTIL=20250618T143000Z;BYDAY=WE
EXDATE;TZID=Europe/Copenhagen:20250416T163000
LOCATION:Sædding-Guldager IF\, bane 3
END:VEVENT
END:VCALENDAR
""", "F00DBA11-0C5A-4A11-9E00-U11TRAINING25", False, trap="personal-recurring-kids-football", eol="\n"),
]
