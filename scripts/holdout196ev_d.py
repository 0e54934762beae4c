"""holdout196 events, part d: single rounds with Dutch care employers (ATS and scheduling tools)."""

EVENTS = [
    {
        "kind": "homerun-gesprek",
        "label": {"uid": "homerun-interview-a71f03c9e2@homerun.co", "is_interview": 1,
                  "company": "Stichting Domstad Zorg", "role": "Regiomanager Utrecht-West", "stage": "hiring_manager",
                  "interviewers": "sophie@domstadzorg.nl;koen@domstadzorg.nl",
                  "trap": "homerun-invite-google-meet"},
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Homerun//Homerun Interviews//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:homerun-interview-a71f03c9e2@homerun.co
DTSTAMP:20251014T101010Z
DTSTART:20251020T070000Z
DTEND:20251020T080000Z
SUMMARY:Gesprek met Domstad Zorg – Regiomanager Utrecht-West
DESCRIPTION:Hoi Sanne!\n\nWat leuk dat je kennis komt maken. Je spreekt Sop
 hie de Graaf (bestuurder) en Koen Lammers (regiomanager Utrecht-Oost\, je
  toekomstige collega).\n\nWe bellen via Google Meet: https://meet.google.co
 m/ksp-ovyx-tre\n\nTot dan!\nTeam Domstad Zorg\n\n— Verstuurd via Homerun
LOCATION:https://meet.google.com/ksp-ovyx-tre
ORGANIZER;CN=Domstad Zorg:mailto:jobs@domstadzorg.homerun.co
ATTENDEE;CN=Sanne Bakker;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:sanne.bakker74@ziggo.nl
ATTENDEE;CN=Sophie de Graaf;PARTSTAT=ACCEPTED:mailto:sophie@domstadzorg.nl
ATTENDEE;CN=Koen Lammers;PARTSTAT=ACCEPTED:mailto:koen@domstadzorg.nl
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    # Her own meeloopdag as a candidate (the same word her own work uses for candidates).
    {
        "kind": "meeloopdag",
        "label": {"uid": "5d2h8k1p4s7v0y3b6e9h2k5n8q@google.com", "is_interview": 1,
                  "company": "Stichting Domstad Zorg", "role": "Regiomanager Utrecht-West", "stage": "onsite",
                  "interviewers": "koen@domstadzorg.nl",
                  "trap": "candidate-meeloopdag-all-day"},
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;VALUE=DATE:20251029
DTEND;VALUE=DATE:20251030
DTSTAMP:20251022T120301Z
ORGANIZER;CN=Koen Lammers:mailto:koen@domstadzorg.nl
UID:5d2h8k1p4s7v0y3b6e9h2k5n8q@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Koen Lammers;X-NUM-GUESTS=0:mailto:koen@domstadzorg.nl
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=sanne.bakker74@ziggo.nl;X-NUM-GUESTS=0:mailto:sanne.bakker74@ziggo.nl
DESCRIPTION:Hoi Sanne\, zoals afgesproken loop je woensdag een dag met me m
 ee in de regio: 8.30 start bij locatie Lunetten (dagstart met de teams)\,
  daarna MDO op Het Zonnehuis\, lunch met twee teamleiders en 's middags het
  regio-overleg. Om 16.00 sluiten we af met Sophie: hoe was het en hoe verd
 er? Groet\, Koen
LOCATION:Locatie Lunetten\, Utrecht
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Meeloopdag Sanne Bakker (kandidaat regiomanager)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "teamtailor-interview",
        "label": {"uid": "teamtailor-interview-31887245@teamtailor.com", "is_interview": 1,
                  "company": "Zorggroep Vechtstreek", "role": "Directeur Zorg & Welzijn", "stage": "hiring_manager",
                  "interviewers": "ruud.vermeer@zorggroepvechtstreek.nl;anouk.smits@zorggroepvechtstreek.nl",
                  "trap": "teamtailor-interview-two-interviewers"},
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Interview//EN
METHOD:REQUEST
@TZ_AMS@
BEGIN:VEVENT
UID:teamtailor-interview-31887245@teamtailor.com
DTSTAMP:20250919T130251Z
DTSTART;TZID=Europe/Amsterdam:20250930T153000
DTEND;TZID=Europe/Amsterdam:20250930T163000
SUMMARY:Interview Directeur Zorg & Welzijn | Zorggroep Vechtstreek
DESCRIPTION:Hoi Sanne\,\n\nJe interview bij Zorggroep Vechtstreek is ingepla
 nd.\n\nMet: Ruud Vermeer (voorzitter raad van bestuur)\, Anouk Smits (HR Bu
 siness Partner)\nWaar: Bisonspoor 3002\, Maarssen\n\nWil je een ander tijd
 stip? Gebruik dan de link in je mail.\n\nGroeten\,\nZorggroep Vechtstreek
LOCATION:Bisonspoor 3002\, Maarssen
ORGANIZER;CN=Zorggroep Vechtstreek:mailto:no-reply@teamtailor.com
ATTENDEE;CN=Sanne Bakker;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:sanne.bakker74@ziggo.nl
ATTENDEE;CN=Ruud Vermeer;PARTSTAT=ACCEPTED:mailto:ruud.vermeer@zorggroepvechtstreek.nl
ATTENDEE;CN=Anouk Smits;PARTSTAT=ACCEPTED:mailto:anouk.smits@zorggroepvechtstreek.nl
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "typed-delfshaven",
        "eol": "\n",
        "label": {"uid": "C33B8F02-7E14-4A9D-9C6B-2D5E8F1A0B77", "is_interview": 1,
                  "company": "Woonzorg Delfshaven", "role": "", "stage": "hiring_manager",
                  "interviewers": "Ellen",
                  "trap": "handtyped-abbreviated-floating"},
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.5//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250912T071401Z
DTSTAMP:20250912T071455Z
DTSTART:20250918T130000
DTEND:20250918T140000
LAST-MODIFIED:20250912T071455Z
LOCATION:Schiedamseweg\, R'dam
SEQUENCE:0
SUMMARY:Gesprek Woonzorg Delfshaven - regiomngr
DESCRIPTION:met Ellen (bestuurder) en iemand van HR. Vrij vragen bij Peter!! CV printen
TRANSP:OPAQUE
UID:C33B8F02-7E14-4A9D-9C6B-2D5E8F1A0B77
END:VEVENT
END:VCALENDAR
""",
    },
    # Agency ATS (Carerix) for a named client.
    {
        "kind": "carerix-agency-screen",
        "label": {"uid": "carerix-appointment-110472@zorgtop.carerix.net", "is_interview": 1,
                  "company": "Zorgpartners Hoeksche Waard", "role": "Regiomanager Wonen", "stage": "recruiter_screen",
                  "interviewers": "d.koster@zorgtopwerving.nl",
                  "trap": "agency-ats-screen-named-client"},
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Carerix//Carerix ATS//NL
METHOD:REQUEST
@TZ_AMS@
BEGIN:VEVENT
UID:carerix-appointment-110472@zorgtop.carerix.net
DTSTAMP:20250915T154012Z
DTSTART;TZID=Europe/Amsterdam:20250919T090000
DTEND;TZID=Europe/Amsterdam:20250919T094500
SUMMARY:Intake ZorgTop - vacature Regiomanager Wonen (Zorgpartners Hoeksche Waard)
DESCRIPTION:Afspraaktype: Intakegesprek kandidaat\nKandidaat: Sanne Bakker\nV
 acature: Regiomanager Wonen - Zorgpartners Hoeksche Waard (Oud-Beijerland)\n
 Consultant: Dennis Koster\n\nDennis belt je op het bij ons bekende nummer.
LOCATION:Telefonisch
ORGANIZER;CN=Dennis Koster:mailto:d.koster@zorgtopwerving.nl
ATTENDEE;CN=Sanne Bakker;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:sanne.bakker74@ziggo.nl
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "connexys-uitnodiging",
        "label": {"uid": "cxs-afspraak-78812-2025@connexys.nl", "is_interview": 1,
                  "company": "Zorgkring Lansingerland", "role": "Manager Zorg", "stage": "hiring_manager",
                  "interviewers": "m.vos@zorgkring.nl",
                  "trap": "connexys-werken-bij-uitnodiging"},
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Connexys//Recruitment//NL
METHOD:REQUEST
BEGIN:VEVENT
UID:cxs-afspraak-78812-2025@connexys.nl
DTSTAMP:20250922T101500Z
DTSTART:20251001T140000Z
DTEND:20251001T150000Z
SUMMARY:Uitnodiging sollicitatiegesprek - Manager Zorg (vac. 2025-088)
DESCRIPTION:Beste Sanne Bakker\,\n\nNaar aanleiding van uw sollicitatie via w
 erkenbijzorgkring.nl nodigen wij u uit voor een sollicitatiegesprek met Mar
 leen Vos\, directeur. Adres: Zorgkring Lansingerland\, Wilhelminalaan 2\, Be
 rkel en Rodenrijs.\n\nMet vriendelijke groet\,\nAfdeling P&O
LOCATION:Wilhelminalaan 2\, Berkel en Rodenrijs
ORGANIZER;CN=Zorgkring Lansingerland:mailto:noreply@connexys.nl
ATTENDEE;CN=Sanne Bakker;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:sanne.bakker74@ziggo.nl
ATTENDEE;CN=Marleen Vos;PARTSTAT=ACCEPTED:mailto:m.vos@zorgkring.nl
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "smartrecruiters-invite",
        "label": {"uid": "sr-interview-3f0c7a19-6b2e-4f44-a0d2-8e1b9c5d7a30@smartrecruiters.com", "is_interview": 1,
                  "company": "Stichting Rozenburcht", "role": "Regiomanager Wonen & Zorg", "stage": "hiring_manager",
                  "interviewers": "jeroen.blom@rozenburcht.nl",
                  "trap": "smartrecruiters-english-boilerplate-dutch-body"},
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-interview-3f0c7a19-6b2e-4f44-a0d2-8e1b9c5d7a30@smartrecruiters.com
DTSTAMP:20251006T083344Z
DTSTART:20251014T090000Z
DTEND:20251014T100000Z
SUMMARY:Interview invitation: Regiomanager Wonen & Zorg - Stichting Rozenburcht
DESCRIPTION:You have been invited to an interview.\n\nPosition: Regiomanage
 r Wonen & Zorg\nInterviewer: Jeroen Blom\nType: In person\n\nBericht van St
 ichting Rozenburcht: Beste Sanne\, welkom op Rozenburcht aan de Laan van Nie
 uw Oost-Indië 131 in Den Haag. Meld je bij het Grand Café.\n\nPowered by Sm
 artRecruiters
LOCATION:Laan van Nieuw Oost-Indië 131\, Den Haag
ORGANIZER;CN=Stichting Rozenburcht Hiring Team:mailto:interviews@smartrecruiters.com
ATTENDEE;CN=Sanne Bakker;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:sanne.bakker74@ziggo.nl
ATTENDEE;CN=Jeroen Blom;PARTSTAT=ACCEPTED:mailto:jeroen.blom@rozenburcht.nl
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "successfactors-invitation",
        "label": {"uid": "SF-INT-ZPN-000912734@successfactors.eu", "is_interview": 1,
                  "company": "Zorgplus Nederland", "role": "Regiodirecteur Zuid-Holland", "stage": "recruiter_screen",
                  "interviewers": "yvonne.meijer@zorgplus.nl",
                  "trap": "successfactors-interview-invitation-corporate-recruiter"},
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:SF-INT-ZPN-000912734@successfactors.eu
DTSTAMP:20250909T120000Z
DTSTART:20250915T100000Z
DTEND:20250915T103000Z
SUMMARY:Interview Invitation - Regiodirecteur Zuid-Holland (Req 4471)
DESCRIPTION:Dear Sanne Bakker\,\n\nYou are invited to an interview for the po
 sition Regiodirecteur Zuid-Holland (Req 4471) at Zorgplus Nederland.\n\nInte
 rview type: Phone\nInterviewer: Yvonne Meijer\, Corporate Recruiter\nYvonne
  will call you on +31 6 41278390.\n\nThis is a system generated message. P
 lease do not reply.
LOCATION:Telefonisch / Phone
ORGANIZER;CN=Zorgplus Nederland Recruitment:mailto:noreply@successfactors.eu
ATTENDEE;CN=Sanne Bakker;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:sanne.bakker74@ziggo.nl
ATTENDEE;CN=Yvonne Meijer;PARTSTAT=ACCEPTED:mailto:yvonne.meijer@zorgplus.nl
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "icims-scheduled",
        "label": {"uid": "icims-aurelia-evt-55102-2025@icims.com", "is_interview": 1,
                  "company": "Aurelia Care Group", "role": "Regional Manager Care (Rotterdam)",
                  "stage": "hiring_manager", "interviewers": "d.vandam@aureliacare.nl",
                  "trap": "icims-english-template-dutch-org"},
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//iCIMS//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:icims-aurelia-evt-55102-2025@icims.com
DTSTAMP:20251020T111111Z
DTSTART:20251027T130000Z
DTEND:20251027T140000Z
SUMMARY:Interview Scheduled: Regional Manager Care (Rotterdam) - Sanne Bakker
DESCRIPTION:Job: Regional Manager Care (Rotterdam)\, Job ID 2025-3318\nCandid
 ate: Sanne Bakker\nInterviewer: Daan van Dam\, Country Director Netherlands\
 nFormat: Microsoft Teams\nLink: https://teams.microsoft.com/l/meetup-join/19
 %3ameeting_ZjI0YzQ%40thread.v2/0\n\nAurelia Care Group Nederland – samen vo
 or goede ouderenzorg
LOCATION:Microsoft Teams
ORGANIZER;CN=Aurelia Talent Acquisition:mailto:aurelia-careers@icims.com
ATTENDEE;CN=Sanne Bakker;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:sanne.bakker74@ziggo.nl
ATTENDEE;CN=Daan van Dam;PARTSTAT=ACCEPTED:mailto:d.vandam@aureliacare.nl
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "bookings-kennismaking",
        "label": {"uid": "bookings-7E11D0C9A3F84E2B@outlook.office365.com", "is_interview": 1,
                  "company": "Zorgcentra Drechtsteden", "role": "Clustermanager", "stage": "recruiter_screen",
                  "interviewers": "Wendy Hoekstra",
                  "trap": "microsoft-bookings-phone-screen"},
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEST@
BEGIN:VEVENT
ORGANIZER;CN=Werving Zorgcentra Drechtsteden:mailto:WervingZCD@zcdrechtsteden.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sanne Bakker:mailto:sanne.bakker74@ziggo.nl
DESCRIPTION;LANGUAGE=nl-NL:Uw afspraak is bevestigd\n\nTelefonische kennism
 aking vacature Clustermanager\nMedewerker: Wendy Hoekstra (recruiter)\nWe b
 ellen u op: 0641278390\n\nAfspraak wijzigen of annuleren: https://outlook.o
 ffice365.com/owa/calendar/WervingZCD@zcdrechtsteden.onmicrosoft.com/booking
 s/\n\nZorgcentra Drechtsteden\n
UID:bookings-7E11D0C9A3F84E2B@outlook.office365.com
SUMMARY;LANGUAGE=nl-NL:Telefonische kennismaking vacature Clustermanager
DTSTART;TZID=W. Europe Standard Time:20251105T124500
DTEND;TZID=W. Europe Standard Time:20251105T131500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251031T193011Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:Telefoongesprek
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "calendly-telefonisch",
        "label": {"uid": "e3b9a1c4-2f7d-4b8e-9a61-0d5c8e2f4a17@calendly.com", "is_interview": 1,
                  "company": "Goudse Zorggroep", "role": "Regiomanager Gouda-Noord", "stage": "recruiter_screen",
                  "interviewers": "naomi.derks@goudsezorggroep.nl",
                  "trap": "calendly-candidate-booked-recruiter"},
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:e3b9a1c4-2f7d-4b8e-9a61-0d5c8e2f4a17@calendly.com
DTSTAMP:20250925T200212Z
DTSTART:20250930T070000Z
DTEND:20250930T073000Z
SUMMARY:Sanne Bakker en Naomi Derks
DESCRIPTION:Evenementnaam: Kennismaking vacature Regiomanager Gouda-Noord (3
 0 min)\n\nLocatie: Naomi belt u op +31641278390\n\nNeed to make changes to
  this event?\nCancel: https://calendly.com/cancellations/e3b9a1c4\nReschedul
 e: https://calendly.com/reschedulings/e3b9a1c4\n\nPowered by Calendly.com
LOCATION:+31641278390
ORGANIZER;CN=Naomi Derks:mailto:naomi.derks@goudsezorggroep.nl
ATTENDEE;CN=Sanne Bakker;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:sanne.bakker74@ziggo.nl
ATTENDEE;CN=Naomi Derks;PARTSTAT=ACCEPTED:mailto:naomi.derks@goudsezorggroep.nl
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workable-interview",
        "label": {"uid": "workable-ev-9041877-lekstroom@workable.com", "is_interview": 1,
                  "company": "Zorggroep Lekstroom", "role": "Manager Zorg Regio Lekstroom", "stage": "hiring_manager",
                  "interviewers": "bas.vanrijn@lekstroom.nl",
                  "trap": "workable-interview-english-boilerplate"},
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-ev-9041877-lekstroom@workable.com
DTSTAMP:20251103T090000Z
DTSTART:20251111T140000Z
DTEND:20251111T150000Z
SUMMARY:Interview for Manager Zorg Regio Lekstroom at Zorggroep Lekstroom
DESCRIPTION:Hi Sanne\,\n\nYou've been invited to an interview with Bas van Ri
 jn for the Manager Zorg Regio Lekstroom position at Zorggroep Lekstroom.\n\
 nLocation: Zorggroep Lekstroom\, Zuidstedeweg 21\, Nieuwegein\n\nPlease conf
 irm your attendance.\n\nSent via Workable
LOCATION:Zuidstedeweg 21\, Nieuwegein
ORGANIZER;CN=Zorggroep Lekstroom:mailto:no-reply@workablemail.com
ATTENDEE;CN=Sanne Bakker;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:sanne.bakker74@ziggo.nl
ATTENDEE;CN=Bas van Rijn;PARTSTAT=ACCEPTED:mailto:bas.vanrijn@lekstroom.nl
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
]
