"""holdout155 events, part F: the user on the HIRING side at Brabant Logistique (2/2)."""

# ruff: noqa: E501  (raw iCalendar text keeps the line lengths the tools write)

from holdout155ev_tz import ev

EVENTS = [
    ev("notes-candidats", "040000008200E00074C5B7101A82E00800000000AAD1E2F3A4B5DB01000000000000000010000000A1A1A1A1B2B2B2B2C3C3C3C3D4D4D4D4", 0,
       "", "", "", "", "user-as-interviewer-hand-typed-notes-on-candidates",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
@@VTZ Romance Standard Time@@
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250414T154000Z
DESCRIPTION:Dries V. - 2e entr. ok\, solide sur TMS\, un peu rigide. réf.
  ex-employeur (Katoen) à relancer\nHanne M. - trop junior pr planner senior
 \, garder pr poste dispatch?\nNicolas B. - pas venu\, pas prévenu -> mail
  refus std\n\n-> proposer Dries à Marc vendredi
DTEND;TZID=Romance Standard Time:20250414T173000
DTSTAMP:20250414T154200Z
DTSTART;TZID=Romance Standard Time:20250414T170000
LAST-MODIFIED:20250414T154200Z
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-be:cand. planner - suite
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000AAD1E2F3A4B5DB01000000000000000010000000A1A1A1A1B2B2B2B2C3C3C3C3D4D4D4D4
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
"""),
    ev("calendly-host", "c4a2f9e1-7b3d-4e8a-b6c0-91d5e2f7a384", 0,
       "", "", "", "", "user-as-interviewer-calendly-host-internship-candidate",
       r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:c4a2f9e1-7b3d-4e8a-b6c0-91d5e2f7a384
DTSTAMP:20250224T211300Z
DTSTART:20250227T120000Z
DTEND:20250227T122000Z
SUMMARY:Entretien téléphonique - stage RH 2025 between Emilie Dubois and Yasmine Benhaddou
DESCRIPTION:Event Name: Entretien téléphonique - stage RH 2025\n\nLocation
 : Emilie Dubois will call the invitee at +32 486 77 41 20\n\nInvitee: Yas
 mine Benhaddou\nInvitee Email: yasmine.benhaddou@student.uclouvain.be\n\nQ
 uestions:\nÉcole / année: Master 2 GRH - UCLouvain (Mons)\nPériode de stag
 e souhaitée: septembre - décembre 2025\n\nNeed to make changes to this eve
 nt?\nCancel: https://calendly.com/cancellations/c4a2f9e1\n\nPowered by Ca
 lendly.com
LOCATION:+32 486 77 41 20
ORGANIZER;CN=Emilie Dubois:mailto:e.dubois@brabant-logistique.be
ATTENDEE;CN=Yasmine Benhaddou;PARTSTAT=ACCEPTED:mailto:yasmine.benhaddou@student.uclouvain.be
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ev("bookings-chauffeur", "5e4d3c2b-1a09-4f8e-8d7c-6b5a4f3e2d1c@bookings.outlook.com", 0,
       "", "", "", "", "user-as-interviewer-bookings-staff-driver-selection",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN=Brabant Logistique - Jobs:mailto:BrabantLogistiqueJobs@brabantlogistique.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Walid Aouad:mailto:walid.aouad1990@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Emilie Dubois:mailto:e.dubois@brabant-logistique.be
DESCRIPTION;LANGUAGE=fr-BE:Nouvelle réservation\n\nService : Entretien de sélection chauffeur C/CE\nClient : Walid Aouad\nTéléphone : 0489 22 17 05\nE-mail : walid.aouad1990@gmail.com\nMembre du personnel : Emilie Dubois\n\nRemarques du client : permis CE + code 95 ok\, carte tachy valable jusqu'en 2027. Je peux commencer directement.\n
UID:5e4d3c2b-1a09-4f8e-8d7c-6b5a4f3e2d1c@bookings.outlook.com
SUMMARY;LANGUAGE=fr-BE:Entretien de sélection chauffeur C/CE - Walid Aouad
DTSTART;TZID=Romance Standard Time:20250418T093000
DTEND;TZID=Romance Standard Time:20250418T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250411T062200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-BE:Brabant Logistique Vilvoorde - gebouw A
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    ev("assessoren-briefing", "040000008200E00074C5B7101A82E00800000000BBE2F3A4B5C6DB01000000000000000010000000E5E5E5E5F6F6F6F6A7A7A7A7B8B8B8B8", 0,
       "", "", "", "", "user-as-interviewer-assessor-at-assessment-center-dutch",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Segers, Ward":mailto:ward.segers@axis-assessment.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=e.dubois@brabant-logistique.be:mailto:e.dubois@brabant-logistique.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=s.desmet@brabant-logistique.be:mailto:s.desmet@brabant-logistique.be
DESCRIPTION;LANGUAGE=nl-BE:Beste Emilie\, beste Sven\,\n\nVoor het assessment center teamleaders (4 interne kandidaten) zijn jullie ingepland als assessor.\n08u00 briefing assessoren + kalibratie observatieschalen\n09u00 - 15u30 rollenspelen\, groepsdiscussie en interviews\n15u30 integratiemeeting (consensus per competentie)\n\nGelieve de observatieformulieren niet mee naar huis te nemen.\n\nWard Segers\nAxis Assessment\n
UID:040000008200E00074C5B7101A82E00800000000BBE2F3A4B5C6DB01000000000000000010000000E5E5E5E5F6F6F6F6A7A7A7A7B8B8B8B8
SUMMARY;LANGUAGE=nl-BE:AC Teamleaders Brabant Logistique - assessoren
DTSTART;TZID=Romance Standard Time:20250514T080000
DTEND;TZID=Romance Standard Time:20250514T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250429T111100Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-BE:Axis Assessment - Kunstlaan 44 - 1040 Brussel
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    ev("shortlist-headhunter", "040000008200E00074C5B7101A82E00800000000CCF3A4B5C6D7DB01000000000000000010000000C9C9C9C9D0D0D0D0E1E1E1E1F2F2F2F2", 0,
       "", "", "", "", "user-as-interviewer-headhunter-presents-cfo-shortlist",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN=Sarah Wauters:mailto:sarah.wauters@lancaster-partners.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Janssens, Philippe":mailto:p.janssens@brabant-logistique.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Dubois, Emilie":mailto:e.dubois@brabant-logistique.be
DESCRIPTION;LANGUAGE=fr-BE:Chers Philippe et Emilie\,\n\nComme convenu\, nous vous présenterons la shortlist pour le mandat Directeur Financier Groupe : 4 profils (dont 2 femmes)\, rapports d'entretien et résultats des tests de personnalité. Nous proposerons ensuite un planning pour vos entretiens avec les candidats retenus.\n\nBien à vous\,\nSarah Wauters\nLancaster Partners - Bruxelles\n
UID:040000008200E00074C5B7101A82E00800000000CCF3A4B5C6D7DB01000000000000000010000000C9C9C9C9D0D0D0D0E1E1E1E1F2F2F2F2
SUMMARY;LANGUAGE=fr-BE:Lancaster Partners - présentation shortlist CFO Brabant Logistique
DTSTART;TZID=Romance Standard Time:20250312T150000
DTEND;TZID=Romance Standard Time:20250312T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250304T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-BE:BXL - Boardroom (5e)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    ev("interview-customs", "sr-interview-e81f0b2c-6d3a-4c95-a1e7-5f20d9b4c613@smartrecruiters.com", 0,
       "", "", "", "", "user-as-interviewer-english-panel-member-teams",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//SmartRecruiters Calendar//EN
METHOD:REQUEST
@@VTZ Europe/Brussels@@
BEGIN:VEVENT
UID:sr-interview-e81f0b2c-6d3a-4c95-a1e7-5f20d9b4c613@smartrecruiters.com
DTSTAMP:20250422T133000Z
DTSTART;TZID=Europe/Brussels:20250428T103000
DTEND;TZID=Europe/Brussels:20250428T113000
SUMMARY:Interview: Pieter-Jan Claes - Customs Specialist (M/F/X) - REF2318
DESCRIPTION:You have been added as an interviewer.\n\nCandidate: Pieter-Ja
 n Claes\nJob: Customs Specialist (M/F/X)\, Zaventem Airport hub\nInterview
  team: Emilie Dubois (HR)\, Tom Wyckmans (Customs Manager)\nInterview type
 : Video - Microsoft Teams\n\nOpen interview kit: https://www.smartrecruit
 ers.com/app/interviews/e81f0b2c/kit
LOCATION:Microsoft Teams
ORGANIZER;CN=An Claeys:mailto:a.claeys@brabant-logistique.be
ATTENDEE;CN=Emilie Dubois;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:e.dubois@brabant-logistique.be
ATTENDEE;CN=Tom Wyckmans;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:t.wyckmans@brabant-logistique.be
ATTENDEE;CN=Pieter-Jan Claes;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:pj.claes@outlook.be
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ev("vorstellung-eupen", "040000008200E00074C5B7101A82E00800000000DDA4B5C6D7E8DB01000000000000000010000000A3B4C5D6E7F8091A2B3C4D5E6F708192", 0,
       "", "", "", "", "user-as-interviewer-german-vorstellungsgespraech-eupen-depot",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ W. Europe Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Dubois, Emilie":mailto:e.dubois@brabant-logistique.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lukas.becker@web.de:mailto:lukas.becker@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kreusch, Herbert":mailto:h.kreusch@brabant-logistique.be
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Becker\,\n\nvielen Dank für Ihre Bewerbung als Disponent (m/w/d) an unserem Standort Eupen. Gerne laden wir Sie zu einem Vorstellungsgespräch mit Herrn Kreusch (Standortleiter) und mir ein.\n\nAdresse: Brabant Logistique\, Industriestraße 9\, 4700 Eupen.\n\nMit freundlichen Grüßen\nEmilie Dubois\nHR Business Partner\n
UID:040000008200E00074C5B7101A82E00800000000DDA4B5C6D7E8DB01000000000000000010000000A3B4C5D6E7F8091A2B3C4D5E6F708192
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Disponent (m/w/d) Eupen - Herr Becker
DTSTART;TZID=W. Europe Standard Time:20250523T140000
DTEND;TZID=W. Europe Standard Time:20250523T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250514T094000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Eupen - Besprechungsraum Hertogenwald
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    ev("prise-references", "040000008200E00074C5B7101A82E00800000000EEB5C6D7E8F9DB0100000000000000001000000019283746556473829100ABCDEFABCDEF", 0,
       "", "", "", "", "user-as-interviewer-reference-check-on-her-candidate",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
@@VTZ Romance Standard Time@@
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250404T081500Z
DESCRIPTION:Réf. pour Laura Mertens (Responsable Transport)\n1. Geert Van
  Looy - ex-N+1 chez Transports Wouters - 0495 31 08 77 (ok pour 11h)\n2. Mi
 chèle Dutrieux - RH - 02 720 44 18\nquestions: gestion d'équipe chauffeurs
 \, absentéisme\, raison départ
DTEND;TZID=Romance Standard Time:20250407T113000
DTSTAMP:20250404T081600Z
DTSTART;TZID=Romance Standard Time:20250407T110000
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-be:Appels références L. Mertens
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000EEB5C6D7E8F9DB0100000000000000001000000019283746556473829100ABCDEFABCDEF
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    ev("tel-kam", "040000008200E00074C5B7101A82E00800000000FFC6D7E8F9A0DB010000000000000000100000005647382910ABCDEF5647382910ABCDEF", 0,
       "", "", "", "", "user-as-interviewer-phone-screen-she-runs-no-attendees",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
@@VTZ Romance Standard Time@@
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250306T130100Z
DESCRIPTION:Nicolas Dupuis - 0478 90 12 64\ncandidature KAM (via LinkedIn)
 \n- prétentions ?\n- mobilité Wallonie/Flandre\n- dispo (préavis 13 sem.)
DTEND;TZID=Romance Standard Time:20250307T091500
DTSTAMP:20250306T130200Z
DTSTART;TZID=Romance Standard Time:20250307T090000
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-be:Entretien tél. KAM - N. Dupuis
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000FFC6D7E8F9A0DB010000000000000000100000005647382910ABCDEF5647382910ABCDEF
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    ev("jobdag-stand", "040000008200E00074C5B7101A82E008000000000AD7E8F9A0B1DB01000000000000000010000000ABABABABCDCDCDCDEFEFEFEF01010101", 0,
       "", "", "", "", "user-as-interviewer-job-fair-stand-on-the-spot-interviews",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Dubois, Emilie":mailto:e.dubois@brabant-logistique.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Wouters, Lotte":mailto:l.wouters@brabant-logistique.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Maes, Kristof (ploegbaas nacht)":mailto:k.maes@brabant-logistique.be
DESCRIPTION;LANGUAGE=nl-BE:Jobdag Logistiek VDAB Vilvoorde - stand 14.\nWe doen ter plaatse korte selectiegesprekken (15 min) met orderpickers en heftruckchauffeurs. Neem de beoordelingsformulieren\, roll-up en goodies mee. Opbouw stand vanaf 8u30.\n
UID:040000008200E00074C5B7101A82E008000000000AD7E8F9A0B1DB01000000000000000010000000ABABABABCDCDCDCDEFEFEFEF01010101
SUMMARY;LANGUAGE=nl-BE:Jobdag VDAB Vilvoorde - stand Brabant Logistique
DTSTART;TZID=Romance Standard Time:20250605T090000
DTEND;TZID=Romance Standard Time:20250605T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250515T074500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-BE:VDAB Vilvoorde - Mechelsesteenweg 33
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
]
