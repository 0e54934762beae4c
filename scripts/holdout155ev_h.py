"""holdout155 events, part H: everyday work at Brabant Logistique and personal life."""

# ruff: noqa: E501  (raw iCalendar text keeps the line lengths the tools write)

from holdout155ev_tz import ev

EVENTS = [
    ev("visite-medicale", "medisoc-rdv-2025-06-24-778120@medisoc.be", 0,
       "", "", "", "", "pre-employment-medical-names-new-employer",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Medisoc SEPP//Prise de rendez-vous//FR
METHOD:REQUEST
@@VTZ Europe/Brussels@@
BEGIN:VEVENT
UID:medisoc-rdv-2025-06-24-778120@medisoc.be
DTSTAMP:20250612T090000Z
DTSTART;TZID=Europe/Brussels:20250624T083000
DTEND;TZID=Europe/Brussels:20250624T091500
SUMMARY:Évaluation de santé préalable (examen d'embauche) - Mutualité Horizon
DESCRIPTION:Madame Dubois\,\n\nÀ la demande de votre futur employeur Mutua
 lité Horizon\, vous êtes convoquée pour une évaluation de santé préalable
  (poste de travail : fonction de direction\, travail sur écran).\n\nMerci
  de vous présenter à jeun n'est PAS nécessaire. Apportez votre carte d'ide
 ntité\, vos lunettes et la liste de vos médicaments.\n\nMedisoc - Service
  externe de prévention et de protection au travail\nRue de la Loi 81\, 1040
  Bruxelles
LOCATION:Medisoc - Rue de la Loi 81\, 1040 Bruxelles
ORGANIZER;CN=Medisoc Rendez-vous:mailto:rendezvous@medisoc.be
ATTENDEE;CN=Emilie Dubois;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:emilie.dubois.rh@skynet.be
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("dentiste", "0q9w8e7r6t5y4u3i2o1p@google.com", 0,
       "", "", "", "", "personal-dentist-google-export-x-wr-timezone",
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Emilie perso
X-WR-TIMEZONE:Europe/Brussels
BEGIN:VEVENT
DTSTART:20250311T153000Z
DTEND:20250311T161500Z
DTSTAMP:20250610T091500Z
UID:0q9w8e7r6t5y4u3i2o1p@google.com
CREATED:20250214T083000Z
DESCRIPTION:contrôle + détartrage. Dr Claessens\, ch. de Waterloo 1021
LAST-MODIFIED:20250214T083000Z
LOCATION:Chaussée de Waterloo 1021\, 1180 Uccle
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Dentiste
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("reunion-parents", "4A3B2C1D-0E9F-48A7-B6C5-D4E3F2A1B0C9", 0,
       "", "", "", "", "school-parent-teacher-meeting",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3.2//EN
CALSCALE:GREGORIAN
@@VTZ Europe/Brussels@@
BEGIN:VEVENT
CREATED:20250310T191000Z
UID:4A3B2C1D-0E9F-48A7-B6C5-D4E3F2A1B0C9
DTSTART;TZID=Europe/Brussels:20250320T183000
DTEND;TZID=Europe/Brussels:20250320T184500
DTSTAMP:20250310T191100Z
SUMMARY:Réunion parents Louis - Mme Leroy
LOCATION:École Sainte-Marie\, Uccle
DESCRIPTION:classe 3B - demander pour la logopède\nOlivier vient aussi ?
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", crlf=False),
    ev("admission-ecole", "isb-admissions-visit-20250514-chloe-dubois@isb.example.be", 0,
       "", "", "", "", "school-admission-interview-for-her-daughter",
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@VTZ Europe/Brussels@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Brussels:20250514T163000
DTEND;TZID=Europe/Brussels:20250514T173000
DTSTAMP:20250502T130000Z
ORGANIZER;CN=Admissions Office:mailto:admissions@isb.example.be
UID:isb-admissions-visit-20250514-chloe-dubois@isb.example.be
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=emilie.dubois.rh@skynet.be;X-NUM-GUESTS=0:mailto:emilie.dubois.rh@skyn
 et.be
DESCRIPTION:Dear Mrs Dubois\,\n\nWe are pleased to confirm Chloé's admissio
 n interview and English placement assessment for Grade 7 (August 2025 entr
 y). The interview with the Middle School Principal lasts about 30 minutes
 \; parents are welcome to join the first part.\n\nPlease bring Chloé's la
 st two school reports.\n\nAdmissions Office
LOCATION:Kattenberg 19\, 1170 Brussels - Admissions\, Building A
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Admission interview - Chloé Dubois (Grade 7)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("rdv-banque", "ing-rdv-44120987-20250329@ing.be", 0,
       "", "", "", "", "bank-mortgage-appointment",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ING Belgique//Prise de rendez-vous//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:ing-rdv-44120987-20250329@ing.be
DTSTAMP:20250327T101000Z
DTSTART:20250329T083000Z
DTEND:20250329T093000Z
SUMMARY:Votre rendez-vous ING - crédit hypothécaire
DESCRIPTION:Vous avez rendez-vous avec votre conseillère\, Mme Karima Ben
 said\, dans l'agence ING Uccle-Globe.\nObjet : révision de votre crédit
  hypothécaire.\nDocuments : 3 dernières fiches de paie\, avertissement-ext
 rait de rôle.
LOCATION:ING Uccle-Globe\, Chaussée d'Alsemberg 842\, 1180 Uccle
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("commune-carte-id", "6F5E4D3C-2B1A-4098-87F6-E5D4C3B2A190", 0,
       "", "", "", "", "official-appointment-id-card-floating-time",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250402T071500Z
UID:6F5E4D3C-2B1A-4098-87F6-E5D4C3B2A190
DTSTART:20250410T081500
DTEND:20250410T083000
DTSTAMP:20250402T071600Z
SUMMARY:Commune Uccle - retrait carte d'identité
LOCATION:Maison communale d'Uccle\, place Jean Vander Elst 29
DESCRIPTION:code PIN/PUK (courrier) + ancienne carte
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", crlf=False),
    ev("visite-site", "040000008200E00074C5B7101A82E0080000000071E4F5A6B7C8DB01000000000000000010000000B0B1B2B3B4B5B6B7B8B9BABBBCBDBEBF", 0,
       "", "", "", "", "logistics-site-visit-with-union-delegation",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Dubois, Emilie":mailto:e.dubois@brabant-logistique.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ruelle, Damien (site manager Courcelles)":mailto:d.ruelle@brabant-logistique.be
DESCRIPTION;LANGUAGE=fr-BE:Tour des équipes (matin + relève 14h)\, point absentéisme T1\, rencontre avec la délégation syndicale (local syndical\, 11h)\, affichage nouveaux horaires d'été.\n
UID:040000008200E00074C5B7101A82E0080000000071E4F5A6B7C8DB01000000000000000010000000B0B1B2B3B4B5B6B7B8B9BABBBCBDBEBF
SUMMARY;LANGUAGE=fr-BE:Visite site Courcelles - tour des équipes + délégation
DTSTART;TZID=Romance Standard Time:20250521T090000
DTEND;TZID=Romance Standard Time:20250521T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250512T141000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-BE:Courcelles - site
X-MICROSOFT-CDO-BUSYSTATUS:OOF
END:VEVENT
END:VCALENDAR
"""),
    ev("formation-recrutement", "actiris-formation-diversite-2025-03-17-p0192@actiris.brussels", 0,
       "", "", "", "", "training-on-non-discriminatory-interviewing",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Actiris//Inscriptions//FR
METHOD:REQUEST
@@VTZ Europe/Brussels@@
BEGIN:VEVENT
UID:actiris-formation-diversite-2025-03-17-p0192@actiris.brussels
DTSTAMP:20250303T100000Z
DTSTART;TZID=Europe/Brussels:20250317T090000
DTEND;TZID=Europe/Brussels:20250317T113000
SUMMARY:Formation : Mener un entretien de recrutement sans discriminer
DESCRIPTION:Service Diversité d'Actiris - atelier pour employeurs.\n\nAu pr
 ogramme : biais inconscients\, questions interdites en entretien\, grille
  d'entretien structurée\, cadre légal (lois anti-discrimination)\, exercice
 s en sous-groupes.\n\nAdresse : Actiris\, Avenue de l'Astronomie 14\, 1210
  Saint-Josse.
LOCATION:Actiris\, Avenue de l'Astronomie 14\, 1210 Saint-Josse
ORGANIZER;CN=Actiris Service Diversité:mailto:diversite@actiris.brussels
ATTENDEE;CN=Emilie Dubois;PARTSTAT=ACCEPTED:mailto:e.dubois@brabant-logistique.be
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("negociation-cct", "040000008200E00074C5B7101A82E0080000000082F5A6B7C8D9DB01000000000000000010000000C0C1C2C3C4C5C6C7C8C9CACBCCCDCECF", 0,
       "", "", "", "", "collective-bargaining-with-unions",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Janssens, Philippe":mailto:p.janssens@brabant-logistique.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Dubois, Emilie":mailto:e.dubois@brabant-logistique.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Délégation syndicale:mailto:ds@brabant-logistique.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Frédéric Mahy (SETCa/BBTK):mailto:f.mahy@setca.org
DESCRIPTION;LANGUAGE=fr-BE:3e réunion de négociation - CCT d'entreprise prime d'équipe et travail de nuit (CP 226 / PC 140.03). Position direction : voir note confidentielle du 24/02.\n
UID:040000008200E00074C5B7101A82E0080000000082F5A6B7C8D9DB01000000000000000010000000C0C1C2C3C4C5C6C7C8C9CACBCCCDCECF
SUMMARY;LANGUAGE=fr-BE:Négociation CCT prime d'équipe - délégation syndicale
DTSTART;TZID=Romance Standard Time:20250226T140000
DTEND;TZID=Romance Standard Time:20250226T170000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20250217T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-BE:BXL - Boardroom (5e)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    ev("cloture-paie", "040000008200E00074C5B7101A82E0080000000093A6B7C8D9E0DB01000000000000000010000000D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF", 0,
       "", "", "", "", "recurring-payroll-close-with-provider",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Ouali, Nadia":mailto:n.ouali@brabant-logistique.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Dubois, Emilie":mailto:e.dubois@brabant-logistique.be
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gestionnaire dossier SD Worx:mailto:brabantlogistique.payroll@sdworx.com
DESCRIPTION;LANGUAGE=fr-BE:Validation des prestations (heures de nuit\, primes d'équipe\, chômage temporaire) avant envoi à SD Worx. Contrôle des entrées/sorties du mois.\n
RRULE:FREQ=MONTHLY;BYMONTHDAY=20
UID:040000008200E00074C5B7101A82E0080000000093A6B7C8D9E0DB01000000000000000010000000D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF
SUMMARY;LANGUAGE=fr-BE:Clôture paie - validation prestations
DTSTART;TZID=Romance Standard Time:20250120T093000
DTEND;TZID=Romance Standard Time:20250120T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250108T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-BE:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    ev("functioneringsgesprek", "040000008200E00074C5B7101A82E00800000000A4B7C8D9E0F1DB01000000000000000010000000E0E1E2E3E4E5E6E7E8E9EAEBECEDEEEF", 0,
       "", "", "", "", "appraisal-she-conducts-with-her-report",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Dubois, Emilie":mailto:e.dubois@brabant-logistique.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Wouters, Lotte":mailto:l.wouters@brabant-logistique.be
DESCRIPTION;LANGUAGE=nl-BE:Hoi Lotte\, hierbij ons jaarlijks functioneringsgesprek. Vul vooraf je zelfevaluatie in Workday in (doelstellingen 2024 + opleidingswensen). Tot dan\, Emilie\n
UID:040000008200E00074C5B7101A82E00800000000A4B7C8D9E0F1DB01000000000000000010000000E0E1E2E3E4E5E6E7E8E9EAEBECEDEEEF
SUMMARY;LANGUAGE=nl-BE:Functioneringsgesprek Lotte
DTSTART;TZID=Romance Standard Time:20250305T100000
DTEND;TZID=Romance Standard Time:20250305T113000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20250220T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-BE:BXL - Salle Senne (2.04)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    ev("afterwork-rh", "eventbrite-1048823117-order-9981224@eventbrite.com", 0,
       "", "", "", "", "hr-networking-afterwork",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eventbrite//Eventbrite//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:eventbrite-1048823117-order-9981224@eventbrite.com
DTSTAMP:20250401T120000Z
DTSTART:20250410T160000Z
DTEND:20250410T190000Z
SUMMARY:HR Square Afterwork - DRH & HRBP: le futur du métier
DESCRIPTION:Table ronde avec trois DRH de grands groupes belges\, suivie d
 'un drink de networking.\nBillet #9981224 - Emilie Dubois\nhttps://www.ev
 entbrite.be/e/1048823117
LOCATION:The Merode\, Rue de Loxum 7\, 1000 Bruxelles
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("talent-review", "040000008200E00074C5B7101A82E00800000000B5C8D9E0F1A2DB01000000000000000010000000F0F1F2F3F4F5F6F7F8F9FAFBFCFDFEFF", 0,
       "", "", "", "", "talent-review-calibration-of-current-staff",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Dubois, Emilie":mailto:e.dubois@brabant-logistique.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Vandenberghe, Marc":mailto:m.vandenberghe@brabant-logistique.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="De Smet, Sven":mailto:s.desmet@brabant-logistique.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ruelle, Damien (site manager Courcelles)":mailto:d.ruelle@brabant-logistique.be
DESCRIPTION;LANGUAGE=fr-BE:Talent review Opérations : matrice 9-box des N-1 et N-2\, potentiels\, plans de succession (chefs d'équipe et responsables de site)\, calibration des évaluations avant les entretiens annuels.\n
UID:040000008200E00074C5B7101A82E00800000000B5C8D9E0F1A2DB01000000000000000010000000F0F1F2F3F4F5F6F7F8F9FAFBFCFDFEFF
SUMMARY;LANGUAGE=fr-BE:Talent review & calibration - Opérations
DTSTART;TZID=Romance Standard Time:20250604T090000
DTEND;TZID=Romance Standard Time:20250604T120000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20250520T150000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-BE:BXL - Salle Senne (2.04)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    ev("one-to-one", "040000008200E00074C5B7101A82E00800000000C6D9E0F1A2B3DB0100000000000000001000000011112222333344445555666677778888", 0,
       "", "", "", "", "recurring-weekly-one-to-one-with-override",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Janssens, Philippe":mailto:p.janssens@brabant-logistique.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Dubois, Emilie":mailto:e.dubois@brabant-logistique.be
DESCRIPTION;LANGUAGE=fr-BE:Point hebdo : dossiers en cours\, recrutements\, relations sociales.\n
RRULE:FREQ=WEEKLY;BYDAY=MO;INTERVAL=1
UID:040000008200E00074C5B7101A82E00800000000C6D9E0F1A2B3DB0100000000000000001000000011112222333344445555666677778888
SUMMARY;LANGUAGE=fr-BE:1:1 Philippe / Emilie
DTSTART;TZID=Romance Standard Time:20250106T083000
DTEND;TZID=Romance Standard Time:20250106T091500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20241218T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-BE:BXL - bureau Philippe (5.02)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Janssens, Philippe":mailto:p.janssens@brabant-logistique.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Dubois, Emilie":mailto:e.dubois@brabant-logistique.be
DESCRIPTION;LANGUAGE=fr-BE:Décalé au mardi (Philippe en comité de direction lundi). On fait le point sur le recrutement du Dir. Ops.\n
RECURRENCE-ID;TZID=Romance Standard Time:20250331T083000
UID:040000008200E00074C5B7101A82E00800000000C6D9E0F1A2B3DB0100000000000000001000000011112222333344445555666677778888
SUMMARY;LANGUAGE=fr-BE:1:1 Philippe / Emilie
DTSTART;TZID=Romance Standard Time:20250401T083000
DTEND;TZID=Romance Standard Time:20250401T091500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250327T161500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=fr-BE:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    ev("re-integratie", "040000008200E00074C5B7101A82E00800000000D7E0F1A2B3C4DB0100000000000000001000000099990000AAAABBBBCCCCDDDDEEEEFFFF", 0,
       "", "", "", "", "return-to-work-meeting-she-runs-dutch",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Dubois, Emilie":mailto:e.dubois@brabant-logistique.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Maes, Kristof (ploegbaas nacht)":mailto:k.maes@brabant-logistique.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Dr. Lieve Coppens (arbeidsarts):mailto:l.coppens@medisoc.be
DESCRIPTION;LANGUAGE=nl-BE:Overleg re-integratieplan Ahmed B. (heftruckchauffeur\, terug na langdurige afwezigheid): aangepast werk (geen nachtploeg\, max. 6u/dag gedurende 2 maanden)\, opvolging door de arbeidsarts.\n
UID:040000008200E00074C5B7101A82E00800000000D7E0F1A2B3C4DB0100000000000000001000000099990000AAAABBBBCCCCDDDDEEEEFFFF
SUMMARY;LANGUAGE=nl-BE:Gesprek re-integratie Ahmed B. - arbeidsarts
DTSTART;TZID=Romance Standard Time:20250515T140000
DTEND;TZID=Romance Standard Time:20250515T150000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20250506T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-BE:Vilvoorde - gebouw A - vergaderzaal 1
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
]
