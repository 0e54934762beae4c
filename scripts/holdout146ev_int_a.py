# ruff: noqa: E501, W291  (raw iCalendar text: long property lines and folded lines ending in a space)
"""holdout146: the user's own interviews, part A (Dutch and Belgian ports, pilots, Dutch owners)."""
from holdout146ev_common import ev

ME = "pieter.degraaf@ziggo.nl"

EVENTS = [
ev("recruitee-screen", "a3f1c0de-5b1e-4e0b-9a61-hbr-screen-20250911@recruitee.com",
   "recruitee-phone-screen-port-authority-dutch",
   r"""BEGIN:VCALENDAR
PRODID:-//Recruitee//Recruitee Calendar//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@VTIMEZONE Europe/Amsterdam@@
BEGIN:VEVENT
UID:a3f1c0de-5b1e-4e0b-9a61-hbr-screen-20250911@recruitee.com
DTSTAMP:20250904T081522Z
DTSTART;TZID=Europe/Amsterdam:20250911T100000
DTEND;TZID=Europe/Amsterdam:20250911T103000
SUMMARY:Telefonisch kennismakingsgesprek - Verkeersleider Vessel Traffic S
 ervices (VTS) - Pieter de Graaf
DESCRIPTION:Beste Pieter\,\n\nDank voor je sollicitatie bij Havenbedrijf R
 otterdam. Graag plannen we een kort telefonisch kennismakingsgesprek met
  Sanne Kuipers (Corporate Recruiter).\n\nSanne belt je op 06-41 87 22 90.
 \n\nMet vriendelijke groet\,\nTeam Recruitment Havenbedrijf Rotterdam\n\n
 Dit bericht is verstuurd via Recruitee.
LOCATION:Telefonisch
ORGANIZER;CN=Sanne Kuipers:mailto:s.kuipers@portofrotterdam.com
ATTENDEE;CN=Sanne Kuipers;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:s.kuipers@portofrotterdam.com
ATTENDEE;CN=Pieter de Graaf;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:pieter.degraaf@ziggo.nl
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "Havenbedrijf Rotterdam", "Verkeersleider Vessel Traffic Services (VTS)",
   "recruiter_screen", "s.kuipers@portofrotterdam.com"),

ev("assessment-bureau", "LTP-2025-0918-77412@planning.ltp.nl",
   "assessment-bureau-capacity-test-for-port-employer",
   r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//LTP//Afsprakenplanner 4.2//NL
METHOD:REQUEST
@@VTIMEZONE Europe/Amsterdam@@
BEGIN:VEVENT
UID:LTP-2025-0918-77412@planning.ltp.nl
DTSTAMP:20250912T140301Z
DTSTART;TZID=Europe/Amsterdam:20250918T090000
DTEND;TZID=Europe/Amsterdam:20250918T133000
SUMMARY:Selectie-assessment i.o.v. Havenbedrijf Rotterdam N.V.
LOCATION:LTP Rotterdam\, Weena 690 (Kamer 4.12)
DESCRIPTION:Geachte heer De Graaf\,\n\nIn opdracht van Havenbedrijf Rotter
 dam N.V. nodigen wij u uit voor een selectie-assessment voor de functie V
 erkeersleider VTS.\n\nProgramma:\n09.00 ontvangst\n09.15 capaciteitentest
  (verbaal\, numeriek\, ruimtelijk inzicht)\n11.00 persoonlijkheidsvragenl
 ijst\n12.15 gesprek met assessor drs. M. Verbeek\n13.15 terugkoppeling\n\n
 Neemt u een geldig legitimatiebewijs mee.\n\nMet vriendelijke groet\,\nPla
 nning LTP
ORGANIZER;CN=Planning LTP:mailto:planning@ltp.nl
ATTENDEE;CN=M. Verbeek;ROLE=REQ-PARTICIPANT:mailto:m.verbeek@ltp.nl
ATTENDEE;CN=P. de Graaf;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:pieter.degraaf@ziggo.nl
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "Havenbedrijf Rotterdam", "Verkeersleider VTS", "technical", "m.verbeek@ltp.nl"),

ev("outlook-final", "040000008200E00074C5B7101A82E00800000000C0F1A3D2B125DC01000000000000000010000000A7E2F41C9B0D3E4FA1B2C3D4E5F60718",
   "outlook-room-resource-final-port-authority",
   r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTIMEZONE W. Europe Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Kuipers, Sanne":mailto:s.kuipers@portofrotterdam.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Hoek, Ruud van der":mailto:r.vanderhoek@portofrotterdam.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Brouwer, Ingrid":mailto:i.brouwer@portofrotterdam.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=pieter.degraaf@ziggo.nl:mailto:pieter.degraaf@ziggo.nl
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="WPC 14.03 Maasvlakte (8p)":mailto:wpc1403@portofrotterdam.com
DESCRIPTION;LANGUAGE=nl-NL:Beste Pieter\,\n\nZoals telefonisch besproken b
 ij deze de uitnodiging voor het tweede en tevens laatste gesprek voor de 
 functie Verkeersleider VTS.\n\nJe spreekt met Ruud van der Hoek (Hoofd Ve
 rkeersleiding Divisie Havenmeester) en Ingrid Brouwer (HR Business Partne
 r).\nMeld je bij de receptie van het World Port Center\, Wilhelminakade 9
 09. Parkeren kan in de Q-Park Wilhelminapier.\n\nGroet\,\nSanne\n
UID:040000008200E00074C5B7101A82E00800000000C0F1A3D2B125DC01000000000000000010000000A7E2F41C9B0D3E4FA1B2C3D4E5F60718
SUMMARY;LANGUAGE=nl-NL:2e gesprek Verkeersleider VTS - P. de Graaf
DTSTART;TZID=W. Europe Standard Time:20251002T140000
DTEND;TZID=W. Europe Standard Time:20251002T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250925T113344Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:WPC 14.03 Maasvlakte (8p)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""", "Havenbedrijf Rotterdam", "Verkeersleider VTS", "final",
   "r.vanderhoek@portofrotterdam.com;i.brouwer@portofrotterdam.com"),

ev("smartrecruiters-teams", "sr-int-6a2f90b1c44e4f7a@smartrecruiters.com",
   "smartrecruiters-flemish-first-selection-talk",
   r"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-int-6a2f90b1c44e4f7a@smartrecruiters.com
DTSTAMP:20250909T071200Z
DTSTART:20250916T080000Z
DTEND:20250916T090000Z
SUMMARY:Eerste selectiegesprek - Nautisch Officier Havenkapiteinsdienst | 
 Port of Antwerp-Bruges
DESCRIPTION:Dag Pieter\,\n\nBedankt voor je kandidatuur. Je eerste select
 iegesprek vindt plaats via Microsoft Teams met Kapitein Filip Van Damme (
 adjunct-havenkapitein) en Els Peeters (Talent Acquisition).\n\nDeelnemen 
 aan Microsoft Teams-vergadering: https://teams.microsoft.com/l/meetup-joi
 n/19%3ameeting_NzQ1YTg0\nVergadering-id: 381 552 904 117\nWachtwoordcode: 
 q7Rt9B\n\nKan je niet op dit moment? Gebruik dan de link in je e-mail om 
 een ander moment te kiezen.\n\nPowered by SmartRecruiters
ORGANIZER;CN=Port of Antwerp-Bruges Recruitment:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Filip Van Damme;ROLE=REQ-PARTICIPANT:mailto:filip.vandamme@portofantwerpbruges.com
ATTENDEE;CN=Els Peeters;ROLE=REQ-PARTICIPANT:mailto:els.peeters@portofantwerpbruges.com
ATTENDEE;CN=Pieter de Graaf;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:pieter.degraaf@ziggo.nl
LOCATION:Microsoft Teams
END:VEVENT
END:VCALENDAR
""", "Port of Antwerp-Bruges", "Nautisch Officier Havenkapiteinsdienst", "hiring_manager",
   "filip.vandamme@portofantwerpbruges.com;els.peeters@portofantwerpbruges.com"),

ev("iphone-simulator", "7C1D4E2A-55B0-4A63-9F1E-3B2D8C6A0E11",
   "self-typed-simulator-test-abbreviated-employer",
   r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6//EN
CALSCALE:GREGORIAN
@@VTIMEZONE apple:Europe/Brussels@@
BEGIN:VEVENT
CREATED:20250924T190412Z
DTSTAMP:20250924T190433Z
LAST-MODIFIED:20250924T190433Z
UID:7C1D4E2A-55B0-4A63-9F1E-3B2D8C6A0E11
DTSTART;TZID=Europe/Brussels:20251007T100000
DTEND;TZID=Europe/Brussels:20251007T123000
SUMMARY:Simulatortest PoAB havenkapiteinsdienst
LOCATION:Zaha Hadidplein 1\, Antwerpen
DESCRIPTION:2e ronde. trein 07:12 Rdam C -> Antwerpen-Centraal\, dan tram
  7. Paspoort + vaarbevoegdheid meenemen. Inloopcase: aanloop Deurganckdok
  met 400m boxship\, wind ZW 6
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "Port of Antwerp-Bruges", "", "technical", ""),

ev("allday-selection", "loodswezen-sel-20251014-pdg@loodswezen.nl",
   "allday-pilot-trainee-selection-day",
   r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250926T092012Z
DESCRIPTION:Geachte heer De Graaf\,\n\nNaar aanleiding van uw sollicitatie
  als aspirant-registerloods nodigen wij u uit voor de selectiedag op het 
 hoofdkantoor van het Nederlands Loodswezen.\n\nOnderdelen: psychologisch 
 onderzoek (NLQ)\, groepsopdracht en een gesprek met de selectiecommissie.
 \nDe dag duurt van 08:30 tot ca. 17:00 uur. Lunch wordt verzorgd.\n\nMet 
 vriendelijke groet\,\n\nAfdeling Werving & Selectie\nNederlands Loodswezen
  B.V.\nSchiedamse Vest 154\, Rotterdam
DTEND;VALUE=DATE:20251015
DTSTAMP:20250926T092012Z
DTSTART;VALUE=DATE:20251014
LAST-MODIFIED:20250926T092012Z
LOCATION:Nederlands Loodswezen\, Schiedamse Vest 154\, Rotterdam
ORGANIZER;CN=Werving & Selectie Loodswezen:mailto:werving@loodswezen.nl
ATTENDEE;CN=pieter.degraaf@ziggo.nl;RSVP=TRUE:mailto:pieter.degraaf@ziggo.nl
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=nl:Selectiedag aspirant-registerloods
TRANSP:TRANSPARENT
UID:loodswezen-sel-20251014-pdg@loodswezen.nl
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
END:VCALENDAR
""", "Nederlands Loodswezen", "aspirant-registerloods", "onsite", ""),

ev("simulator-marin", "b81d7a30-0c62-4cd2-9a8f-1e55f3c2a901",
   "simulator-assessment-pilot-trainee-google",
   r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251029T073000Z
DTEND:20251029T120000Z
DTSTAMP:20251020T101502Z
ORGANIZER;CN=Jeroen Dekker:mailto:j.dekker@loodswezen.nl
UID:b81d7a30-0c62-4cd2-9a8f-1e55f3c2a901
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jeroen Dekker;X-NUM-GUESTS=0:mailto:j.dekker@loodswezen.nl
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=pieter.degraaf@ziggo.nl;X-NUM-GUESTS=0:mailto:pieter.degraaf@ziggo.nl
CREATED:20251020T101459Z
DESCRIPTION:Beste Pieter\,<br><br>Gefeliciteerd met het doorkomen van de 
 selectiedag. De volgende stap is de simulatortoets bij MARIN. Je vaart tw
 ee scenario's (Nieuwe Waterweg inkomend\, Eemshaven uitgaand) onder beoor
 deling van registerloods Jeroen Dekker en een instructeur van MARIN.<br><
 br>Groet\,<br>Jeroen
LAST-MODIFIED:20251020T101502Z
LOCATION:MARIN\, Haagsteeg 2\, 6708 PM Wageningen
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Simulatortoets aspirant-loods - P. de Graaf
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "Nederlands Loodswezen", "aspirant-loods", "technical", "j.dekker@loodswezen.nl"),

ev("werkenvoornederland", "WVN-2025-114873-uitn-2@werkenvoornederland.nl",
   "government-portal-coastguard-first-interview",
   r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Werken voor Nederland//Sollicitatieplanner//NL
METHOD:PUBLISH
@@VTIMEZONE Europe/Amsterdam@@
BEGIN:VEVENT
UID:WVN-2025-114873-uitn-2@werkenvoornederland.nl
DTSTAMP:20250915T120040Z
DTSTART;TZID=Europe/Amsterdam:20250923T131500
DTEND;TZID=Europe/Amsterdam:20250923T143000
SUMMARY:Uitnodiging sollicitatiegesprek vacature 2025-114873
DESCRIPTION:Vacature: Officier van Dienst Kustwachtcentrum\nOrganisatie: 
 Ministerie van Defensie - Kustwacht Nederland\nLocatie gesprek: Kustwacht
 centrum\, Marinekazerne Maaskant\, Den Helder\nCommissie: C. Visser (Hoof
 d Operaties Kustwachtcentrum)\, M. Dijkstra (HR-adviseur)\n\nNeem een gel
 dig identiteitsbewijs mee\; u wordt bij de hoofdpoort opgehaald.
LOCATION:Den Helder
END:VEVENT
END:VCALENDAR
""", "Kustwacht Nederland", "Officier van Dienst Kustwachtcentrum", "hiring_manager",
   "C. Visser;M. Dijkstra"),

ev("outlook-hr", "040000008200E00074C5B7101A82E008000000005A7B1C9ED224DC01000000000000000010000000D1E6F0A2B3C4D5E6F708192A3B4C5D6E",
   "outlook-last-first-cn-hr-advisor-first-talk",
   r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
@@VTIMEZONE W. Europe Standard Time@@
BEGIN:VEVENT
ATTENDEE;CN="Pieter de Graaf";RSVP=TRUE:mailto:pieter.degraaf@ziggo.nl
CLASS:PUBLIC
CREATED:20250910T143300Z
DESCRIPTION:Hoi Pieter\,\n\nLeuk dat je wilt komen praten over de rol van 
 Marine Superintendent. Hierbij de uitnodiging voor het eerste gesprek (ca
 . 45 min) op ons kantoor aan de Radarweg.\n\nGroet\,\nAnnelies\n\nAnnelies
  de Vries | HR Advisor Fleet Personnel\nSpliethoff | Radarweg 36 | 1042 A
 A Amsterdam\n
DTEND;TZID="W. Europe Standard Time":20250919T113000
DTSTAMP:20250910T143300Z
DTSTART;TZID="W. Europe Standard Time":20250919T104500
LAST-MODIFIED:20250910T143300Z
LOCATION:Radarweg 36\, Amsterdam (receptie 1e etage)
ORGANIZER;CN="Vries, Annelies de":mailto:a.devries@spliethoff.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=nl:Gesprek Marine Superintendent / P. de Graaf
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000005A7B1C9ED224DC01000000000000000010000000D1E6F0A2B3C4D5E6F708192A3B4C5D6E
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""", "Spliethoff", "Marine Superintendent", "recruiter_screen", "a.devries@spliethoff.com"),

ev("calendly-booking", "b9e2c5d0-7a14-4c6e-8d3f-0a1b2c3d4e5f@calendly.com",
   "calendly-invitee-is-user-hseq-interview",
   r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:b9e2c5d0-7a14-4c6e-8d3f-0a1b2c3d4e5f@calendly.com
DTSTAMP:20250912T193011Z
DTSTART:20250917T120000Z
DTEND:20250917T124500Z
SUMMARY:Pieter de Graaf and Marieke Smit
DESCRIPTION:Event Name: Sollicitatiegesprek HSEQ Coordinator (45 min)\n\nL
 ocation: This is a Microsoft Teams web conference.\nhttps://teams.microso
 ft.com/l/meetup-join/19%3ameeting_Wgb2025\n\nQuestions:\nTelefoonnummer: 
 +31 6 2813 4470\nHuidige functie: 2e stuurman Noordzee Shipping\n\nNeed t
 o make changes to this event?\nCancel: https://calendly.com/cancellations/
 b9e2c5d0\nReschedule: https://calendly.com/reschedulings/b9e2c5d0\n\nPower
 ed by Calendly.com
ORGANIZER;CN=Marieke Smit:mailto:m.smit@wagenborg.com
ATTENDEE;CN=Marieke Smit;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:m.smit@wagenborg.com
ATTENDEE;CN=Pieter de Graaf;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:pieter.degraaf@ziggo.nl
LOCATION:Microsoft Teams
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "Wagenborg", "HSEQ Coordinator", "", "m.smit@wagenborg.com"),

ev("outlook-sentby", "040000008200E00074C5B7101A82E00800000000E0C3B4A1F625DC01000000000000000010000000B0A1928374655647382910ABCDEF0123",
   "outlook-sent-by-assistant-technical-director",
   r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@VTIMEZONE W. Europe Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Boer, Maarten den";SENT-BY="mailto:secretariaat@anthonyveder.com":mailto:m.denboer@anthonyveder.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Pieter de Graaf":mailto:pieter.degraaf@ziggo.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Lam, Wendy":mailto:w.lam@anthonyveder.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN="Secretariaat AV":mailto:secretariaat@anthonyveder.com
DESCRIPTION;LANGUAGE=en-US:Dear Mr de Graaf\,\n\nOn behalf of Maarten den 
 Boer\, Technical Director\, I would like to invite you for an interview fo
 r the position of Fleet Superintendent (LPG/LNG carriers). Wendy Lam (Fle
 et Manager) will also join.\n\nAddress: Anthony Veder\, Parkhaven 5\, Rot
 terdam\n\nKind regards\,\nDiana Koster\nManagement Assistant\n
UID:040000008200E00074C5B7101A82E00800000000E0C3B4A1F625DC01000000000000000010000000B0A1928374655647382910ABCDEF0123
SUMMARY;LANGUAGE=en-US:Interview Fleet Superintendent - Mr P. de Graaf
DTSTART;TZID=W. Europe Standard Time:20251009T093000
DTEND;TZID=W. Europe Standard Time:20251009T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250930T074502Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Parkhaven 5\, Rotterdam - meeting room Coral
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", "Anthony Veder", "Fleet Superintendent (LPG/LNG carriers)", "hiring_manager",
   "m.denboer@anthonyveder.com;w.lam@anthonyveder.com"),

ev("iphone-terse", "E41B07C9-2D3A-4F8B-B5C6-D7E8F9A0B1C2",
   "self-typed-terse-dutch-gesprek-no-attendees",
   r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.6//EN
CALSCALE:GREGORIAN
@@VTIMEZONE apple:Europe/Amsterdam@@
BEGIN:VEVENT
CREATED:20250922T081144Z
UID:E41B07C9-2D3A-4F8B-B5C6-D7E8F9A0B1C2
DTEND;TZID=Europe/Amsterdam:20251001T120000
TRANSP:OPAQUE
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
SUMMARY:gesprek Vroon Breskens
LAST-MODIFIED:20250922T081302Z
DTSTAMP:20250922T081302Z
DTSTART;TZID=Europe/Amsterdam:20251001T103000
LOCATION:Vroon Offshore Services\, Breskens
DESCRIPTION:mar supt offshore (PSV/ERRV)\nvragen: rotatie?? reisdagen\, a
 uto v.d. zaak\, wie is mijn baas (Kees?)\nvia Westerschelde tunnel ~1u15
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "Vroon", "", "", "", eol="\n"),

ev("successfactors-screen", "SF-INTV-000418872-1@successfactors.eu",
   "successfactors-towage-port-captain-screen",
   r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
@@VTIMEZONE Europe/Amsterdam@@
BEGIN:VEVENT
UID:SF-INTV-000418872-1@successfactors.eu
DTSTAMP:20250903T130000Z
DTSTART;TZID=Europe/Amsterdam:20250908T153000
DTEND;TZID=Europe/Amsterdam:20250908T160000
SUMMARY:Interview: Port Captain Rotterdam (Req 418872) - Pieter de Graaf
DESCRIPTION:Dear Pieter\,\n\nYour interview has been scheduled.\n\nPositio
 n: Port Captain Rotterdam\nInterview type: Screening call (Teams)\nInterv
 iewer(s): Louise Holm\, Talent Partner Europe\n\nJoin: https://teams.micr
 osoft.com/l/meetup-join/19%3ameeting_Svz418872\n\nSvitzer Europe B.V.\n
ORGANIZER;CN=Svitzer Talent Acquisition:mailto:noreply+svitzer@successfactors.eu
ATTENDEE;CN=Louise Holm;ROLE=REQ-PARTICIPANT:mailto:louise.holm@svitzer.com
ATTENDEE;CN=Pieter de Graaf;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:pieter.degraaf@ziggo.nl
LOCATION:Microsoft Teams
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "Svitzer", "Port Captain Rotterdam", "recruiter_screen", "louise.holm@svitzer.com"),

ev("cal-com", "cal_7yTq2xLm9RwP4dZs@cal.com",
   "cal-com-booking-tug-operator-superintendent",
   r"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:cal_7yTq2xLm9RwP4dZs@cal.com
SUMMARY:Intake Marine Superintendent between Tom Verhoef and Pieter de Graaf
DTSTART:20250924T070000Z
DTEND:20250924T073000Z
DTSTAMP:20250919T161230Z
DESCRIPTION:What: Intake Marine Superintendent\nInvitee Time Zone: Europe
 /Amsterdam\nWho:\nTom Verhoef - Organizer\ntom.verhoef@kotug.com\nPieter 
 de Graaf\npieter.degraaf@ziggo.nl\nWhere: Google Meet https://meet.googl
 e.com/xkz-pqrm-tva\nAdditional notes: Graag wat achtergrond over je erva
 ring met sleepassistentie / ETV.\n\nNeed to make a change? https://app.ca
 l.com/booking/7yTq2xLm9RwP4dZs
ORGANIZER;CN=Tom Verhoef:mailto:tom.verhoef@kotug.com
ATTENDEE;CN=Pieter de Graaf;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:pieter.degraaf@ziggo.nl
LOCATION:https://meet.google.com/xkz-pqrm-tva
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "Kotug", "Marine Superintendent", "recruiter_screen", "tom.verhoef@kotug.com"),

ev("ms-bookings", "9f3c6b1a4e7d4c2b8a5f0e1d2c3b4a59@northseaport.com",
   "microsoft-bookings-harbour-master-deputy",
   r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTIMEZONE Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN=Recruitment North Sea Port:mailto:Recruitment@northseaport.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Pieter de Graaf:mailto:pieter.degraaf@ziggo.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Bart Claeys:mailto:bart.claeys@northseaport.com
DESCRIPTION;LANGUAGE=nl-NL:Uw afspraak is bevestigd\n\nSollicitatiegesprek
  Assistent-havenmeester (m/v/x)\n\nPersoneel: Bart Claeys\nLocatie: Tera
 neuzen\, Schependijk 2 / of via Teams\n\nAfspraak toevoegen aan agenda | 
 Annuleren of opnieuw plannen: https://outlook.office365.com/owa/calendar/
 NorthSeaPortRecruitment@northseaport.com/bookings/\n\nMicrosoft Bookings
UID:9f3c6b1a4e7d4c2b8a5f0e1d2c3b4a59@northseaport.com
SUMMARY;LANGUAGE=nl-NL:Sollicitatiegesprek Assistent-havenmeester (m/v/x)
DTSTART;TZID=Romance Standard Time:20251022T100000
DTEND;TZID=Romance Standard Time:20251022T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251013T094412Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:Schependijk 2\, Terneuzen
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "North Sea Port", "Assistent-havenmeester (m/v/x)", "", "bart.claeys@northseaport.com"),
]
