"""holdout140: northern German employers, one event each (German and English)."""

from holdout140ev_common import TZ_BER, WIN_WEUROPE, E

EVENTS = [
    E("dvinci-einladung", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//d.vinci//d.vinci easy//DE
METHOD:REQUEST
""" + TZ_BER + r"""BEGIN:VEVENT
UID:dvinci-termin-20250407-110000-8812@wpd.de
DTSTAMP:20250326T134700Z
DTSTART;TZID=Europe/Berlin:20250407T110000
DTEND;TZID=Europe/Berlin:20250407T123000
SUMMARY:Einladung zum Vorstellungsgespräch: Site Manager Offshore Wind (m/w
 /d)
LOCATION:wpd\, Stephanitorsbollwerk 3\, 28217 Bremen
DESCRIPTION:Sehr geehrter Herr Sørensen\,\n\nhiermit bestätigen wir Ihren T
 ermin für ein persönliches Gespräch. Sie sprechen mit Herrn Malte Behrens
  (Head of Offshore Operations) und Frau Katrin Lüdeke (HR Business Partne
 rin).\n\nReisekosten werden Ihnen nach Vorlage der Belege erstattet.\n\nMi
 t freundlichen Grüßen\nwpd Recruiting
ORGANIZER;CN=wpd Recruiting:mailto:noreply@dvinci-easy.com
ATTENDEE;CN=Mikkel Sørensen;RSVP=TRUE:mailto:mikkel.sorensen@mail.dk
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "dvinci-termin-20250407-110000-8812@wpd.de", True, "wpd", "Site Manager Offshore Wind (m/w/d)", "",
      "Malte Behrens;Katrin Lüdeke", "dvinci-german-interviewers-only-in-body"),

    E("probearbeitstag", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//rexx systems//rexx Recruiting//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:rexx-appointment-55190-2-boreas
DTSTAMP:20250422T080000Z
DTSTART;VALUE=DATE:20250505
DTEND;VALUE=DATE:20250506
SUMMARY:Probearbeitstag Serviceleiter (m/w/d) - Boreas Windservice Husum
LOCATION:Boreas Windservice GmbH\, Robert-Koch-Str. 12\, 25813 Husum
DESCRIPTION:Moin Herr Sørensen\,\n\nwie telefonisch besprochen laden wir S
 ie zu einem Probearbeitstag ein.\n\n07:00 Treffpunkt Werkstatt Husum\, PS
 A bitte selbst mitbringen (gültiges GWO BST erforderlich)\nVormittags: Be
 gleitung eines Serviceteams zu einer Wartung (E-82\, Windpark Reußenköge
 )\n14:00 Abschlussgespräch mit unserem Geschäftsführer Hauke Jessen\n\nFa
 hrtkosten übernehmen wir.\n\nBeste Grüße\nBoreas Windservice GmbH - Personal
ORGANIZER;CN=Boreas Windservice GmbH:mailto:bewerbung@boreas-windservice.de
ATTENDEE;CN=Mikkel Sørensen;RSVP=TRUE:mailto:mikkel.sorensen@mail.dk
ATTENDEE;CN=Hauke Jessen:mailto:h.jessen@boreas-windservice.de
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "rexx-appointment-55190-2-boreas", True, "Boreas Windservice", "Serviceleiter (m/w/d)", "onsite",
      "h.jessen@boreas-windservice.de", "all-day-trial-day-as-candidate"),

    E("rwe-teams", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_WEUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Whitfield, Sarah":mailto:sarah.whitfield@rwe.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mikkel.sor
 ensen@mail.dk:mailto:mikkel.sorensen@mail.dk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ohlsen, Jan-
 Hendrik":mailto:jan-hendrik.ohlsen@rwe.com
DESCRIPTION;LANGUAGE=en-GB:Hi Mikkel\,\n\nThanks for your time on the phone
 . Jan-Hendrik (Head of HSE Offshore Operations Germany) and I would like
  to continue the conversation about the HSE Manager Offshore (m/f/d) role
  for Amrumbank West / Nordsee Ost\, based in Husum or Helgoland.\n\nKind r
 egards\nSarah\n\n___________________________________________________________
 _____________________\nMicrosoft Teams meeting\nJoin on your computer\, mo
 bile app or room device\nClick here to join the meeting<https://teams.micr
 osoft.com/l/meetup-join/19%3ameeting_cndlMjAy@thread.v2/0>\nMeeting ID:
  395 117 602 884\nPasscode: tR9mKe\n_______________________________________
 _________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000F1E0D2C3B4A5DB01000000000000000
 010000000AA55BB66CC77DD88EE99FF00AA11BB22
SUMMARY;LANGUAGE=en-GB:RWE | HSE Manager Offshore (m/f/d) | Mikkel Sørensen
DTSTART;TZID=W. Europe Standard Time:20250328T130000
DTEND;TZID=W. Europe Standard Time:20250328T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250321T160045Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000F1E0D2C3B4A5DB01000000000000000010000000AA55BB66CC77DD88EE99FF00AA11BB22",
      True, "RWE", "HSE Manager Offshore (m/f/d)", "hiring_manager",
      "sarah.whitfield@rwe.com;jan-hendrik.ohlsen@rwe.com", "outlook-teams-no-interview-word-continue-conversation"),

    E("webex-online", r"""BEGIN:VCALENDAR
PRODID:-//Cisco Systems\, Inc.//Webex Meetings//DE
VERSION:2.0
METHOD:REQUEST
""" + TZ_BER + r"""BEGIN:VEVENT
UID:2a9b55e1c6f04f8fa1c2b77e0d4d3c9a@enbw.webex.com
DTSTAMP:20250404T071200Z
DTSTART;TZID=Europe/Berlin:20250415T090000
DTEND;TZID=Europe/Berlin:20250415T100000
SUMMARY:Online-Interview: Teamleiter Betriebsführung Offshore (m/w/d)
LOCATION:https://enbw.webex.com/meet/c.riedel
DESCRIPTION:Guten Tag Herr Sørensen\,\n\nwie vereinbart findet unser Gespr
 äch mit Ihrer möglichen zukünftigen Führungskraft\, Herrn Christoph Riede
 l (Leiter Betriebsführung Offshore Wind\, Hamburg)\, per Webex statt.\n\nWe
 bex-Meeting beitreten\nhttps://enbw.webex.com/meet/c.riedel\n\nÜber Telefo
 n beitreten\n+49-69-255-114-7811 Deutschland gebührenpflichtig\nZugriffsc
 ode: 2731 004 6618\n\nMit freundlichen Grüßen\nEnBW Recruiting Center
ORGANIZER;CN=Christoph Riedel:mailto:c.riedel@enbw.com
ATTENDEE;CN=mikkel.sorensen@mail.dk;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:m
 ikkel.sorensen@mail.dk
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "2a9b55e1c6f04f8fa1c2b77e0d4d3c9a@enbw.webex.com", True, "EnBW",
      "Teamleiter Betriebsführung Offshore (m/w/d)", "hiring_manager", "c.riedel@enbw.com",
      "webex-german-online-interview"),

    E("goto-bewerbung", r"""BEGIN:VCALENDAR
PRODID:-//GoTo Technologies//GoTo Meeting//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_BER + r"""BEGIN:VEVENT
UID:goto-meeting-493-118-221-20250508@gotomeeting.com
DTSTAMP:20250429T122000Z
DTSTART;TZID=Europe/Berlin:20250508T140000
DTEND;TZID=Europe/Berlin:20250508T150000
SUMMARY:Bewerbungsgespräch Energiekontor - Leitung Technische Betriebsführu
 ng Wind Nord
LOCATION:GoTo Meeting
DESCRIPTION:Bewerbungsgespräch Energiekontor - Leitung Technische Betriebs
 führung Wind Nord\nTeilnehmer: Maike Siefken (Personal)\, Dirk Harms (Ber
 eichsleiter Betriebsführung)\n\nBitte nehmen Sie über Ihren Computer\, Ta
 blet oder Ihr Smartphone an meinem Meeting teil.\nhttps://meet.goto.com/4
 93118221\n\nSie können sich auch über ein Telefon einwählen.\nDeutschland:
  +49 721 6059 6510\n\nZugangscode: 493-118-221\n\nNeu bei GoTo Meeting? H
 olen Sie sich jetzt die App\, damit Sie bereit sind\, wenn Ihr erstes Mee
 ting beginnt: https://meet.goto.com/install
ORGANIZER;CN=Maike Siefken:mailto:m.siefken@energiekontor.de
ATTENDEE;CN=Mikkel Sørensen;RSVP=TRUE:mailto:mikkel.sorensen@mail.dk
ATTENDEE;CN=Dirk Harms:mailto:d.harms@energiekontor.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "goto-meeting-493-118-221-20250508@gotomeeting.com", True, "Energiekontor",
      "Leitung Technische Betriebsführung Wind Nord", "", "m.siefken@energiekontor.de;d.harms@energiekontor.de",
      "goto-meeting-german-bewerbungsgespraech"),

    E("telefonat-bewerbung", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_WEUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Wessels, Anja":mailto:AWessels@muehlhan.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mikkel.sor
 ensen@mail.dk:mailto:mikkel.sorensen@mail.dk
DESCRIPTION;LANGUAGE=de-DE:Guten Tag Herr Sørensen\,\n\nwie per Mail abgest
 immt melde ich mich telefonisch bei Ihnen. Ich würde gern Ihren Werdegang
 \, Ihre Verfügbarkeit und Ihre Gehaltsvorstellung besprechen.\n\nFreundli
 che Grüße\nAnja Wessels\nPersonalreferentin\nMuehlhan Wind Service GmbH\,
  Bremen\n
UID:040000008200E00074C5B7101A82E0080000000045E2B8D9D27DDB01000000000000000
 0100000005EED1A2B3C4D5E6F708192A3B4C5D6E7
SUMMARY;LANGUAGE=de-DE:Telefonat bzgl. Ihrer Bewerbung als HSE-Koordinator
  Offshore (m/w/d)
DTSTART;TZID=W. Europe Standard Time:20250213T160000
DTEND;TZID=W. Europe Standard Time:20250213T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250210T091144Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Telefon - wir rufen Sie an
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E0080000000045E2B8D9D27DDB010000000000000000100000005EED1A2B3C4D5E6F708192A3B4C5D6E7",
      True, "Muehlhan Wind Service", "HSE-Koordinator Offshore (m/w/d)", "recruiter_screen",
      "awessels@muehlhan.com", "outlook-german-telefonat-bzgl-bewerbung"),

    E("dnv-technical", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_WEUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Meyer, Tobias":mailto:Tobias.Meyer@dnv.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mikkel.sor
 ensen@mail.dk:mailto:mikkel.sorensen@mail.dk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Solberg, Ing
 rid":mailto:Ingrid.Solberg@dnv.com
DESCRIPTION;LANGUAGE=en-US:Dear Mikkel\,\n\nAs a next step for the Senior E
 ngineer - Wind Turbine Inspection role in Hamburg we would like to do a t
 echnical interview. Ingrid will share a few photos from end-of-warranty
  inspections (blades\, main bearing\, yaw) and ask how you would assess an
 d report them.\n\nBest regards\,\nTobias Meyer\nHead of Section\, Wind Tu
 rbine Services Germany\, DNV\n\n_________________________________________
 _______________________________________\nMicrosoft Teams meeting\nJoin: h
 ttps://teams.microsoft.com/l/meetup-join/19%3ameeting_ZG52aGFt@thread.v2/
 0\nMeeting ID: 318 552 004 117  Passcode: b7Xu2N\n\n
UID:040000008200E00074C5B7101A82E00800000000C3B2A19087B7DB01000000000000000
 0100000003D4C5B6A798897A6B5C4D3E2F1A0B9C8
SUMMARY;LANGUAGE=en-US:DNV - technical interview - Senior Engineer Wind Tur
 bine Inspection (Sørensen)
DTSTART;TZID=W. Europe Standard Time:20250428T100000
DTEND;TZID=W. Europe Standard Time:20250428T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250417T115522Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000C3B2A19087B7DB010000000000000000100000003D4C5B6A798897A6B5C4D3E2F1A0B9C8",
      True, "DNV", "Senior Engineer - Wind Turbine Inspection", "technical",
      "tobias.meyer@dnv.com;ingrid.solberg@dnv.com", "outlook-mixed-case-emails-technical"),

    E("icims-zoom", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//iCIMS//iCIMS Talent Cloud//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:icims-evt-R5012877-cand-338102-1@gevernova.icims.com
DTSTAMP:20250414T173000Z
DTSTART:20250423T070000Z
DTEND:20250423T080000Z
SUMMARY:GE Vernova Interview - Site Manager Onshore Wind (Germany) - R50128
 77
LOCATION:Zoom
DESCRIPTION:Dear Mikkel\,\n\nThank you for your interest in GE Vernova. You
 r interview for Site Manager Onshore Wind (Germany)\, requisition R501287
 7\, is confirmed.\n\nInterviewer: Markus Stein\, Regional Service Manager
  Onshore DACH\n\nJoin Zoom Meeting\nhttps://gevernova.zoom.us/j/9384410276
 2?pwd=R2VWZXJub3Zh\nMeeting ID: 938 4410 2762\nPasscode: 551290\n\nOne tap
  mobile\n+4969380798,,93844102762# Germany\n\nGE Vernova Talent Acquisiti
 on
ORGANIZER;CN=GE Vernova Talent Acquisition:mailto:noreply@talent.icims.com
ATTENDEE;CN=Mikkel Sørensen;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:mikkel.s
 orensen@mail.dk
ATTENDEE;CN=Markus Stein;PARTSTAT=ACCEPTED:mailto:markus.stein@gevernova.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "icims-evt-R5012877-cand-338102-1@gevernova.icims.com", True, "GE Vernova",
      "Site Manager Onshore Wind (Germany)", "hiring_manager", "markus.stein@gevernova.com",
      "icims-utc-zoom-noreply-organizer"),
]
