"""holdout155 events, part G: negatives that look like interviews (own job, career, media, research)."""

# ruff: noqa: E501  (raw iCalendar text keeps the line lengths the tools write)

from holdout155ev_tz import ev

EVENTS = [
    ev("evaluation-annuelle", "040000008200E00074C5B7101A82E008000000001BE8F9A0B1C2DB01000000000000000010000000FEDCBA9876543210FEDCBA9876543210", 0,
       "", "", "", "", "own-annual-appraisal-with-her-manager",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Janssens, Philippe":mailto:p.janssens@brabant-logistique.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Dubois, Emilie":mailto:e.dubois@brabant-logistique.be
DESCRIPTION;LANGUAGE=fr-BE:Emilie\,\n\nComme chaque année : bilan 2024\, objectifs 2025 et souhaits de développement. Merci de compléter ton auto-évaluation dans Workday avant l'entretien.\n\nPhilippe\n
UID:040000008200E00074C5B7101A82E008000000001BE8F9A0B1C2DB01000000000000000010000000FEDCBA9876543210FEDCBA9876543210
SUMMARY;LANGUAGE=fr-BE:Entretien annuel d'évaluation - Emilie / Philippe
DTSTART;TZID=Romance Standard Time:20250219T100000
DTEND;TZID=Romance Standard Time:20250219T113000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20250205T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-BE:BXL - bureau Philippe (5.02)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    ev("exit-interview", "040000008200E00074C5B7101A82E008000000002CF9A0B1C2D3DB0100000000000000001000000001234567890ABCDEF01234567890ABCD", 0,
       "", "", "", "", "exit-interview-she-conducts-with-leaver",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Dubois, Emilie":mailto:e.dubois@brabant-logistique.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Verbruggen, Jonas":mailto:j.verbruggen@brabant-logistique.be
DESCRIPTION;LANGUAGE=nl-BE:Dag Jonas\,\n\nZoals besproken plannen we een exitgesprek voor je vertrek op 31/03. Het gesprek is vertrouwelijk en duurt ongeveer 45 minuten: je ervaring bij Brabant Logistique\, redenen van vertrek\, verbeterpunten. Ook je documenten (C4\, vakantiegeld) overlopen we.\n\nGroeten\,\nEmilie\n
UID:040000008200E00074C5B7101A82E008000000002CF9A0B1C2D3DB0100000000000000001000000001234567890ABCDEF01234567890ABCD
SUMMARY;LANGUAGE=nl-BE:Exit interview - Jonas Verbruggen (dispatcher)
DTSTART;TZID=Romance Standard Time:20250327T150000
DTEND;TZID=Romance Standard Time:20250327T154500
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20250318T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-BE:VIL - Salle Zenne
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    ev("conseil-entreprise", "040000008200E00074C5B7101A82E008000000003DA0B1C2D3E4DB010000000000000000100000001122AABB3344CCDD5566EEFF778899AA", 0,
       "", "", "", "", "recurring-works-council-with-moved-occurrence",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Janssens, Philippe":mailto:p.janssens@brabant-logistique.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Dubois, Emilie":mailto:e.dubois@brabant-logistique.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Hendrickx, Dirk (CEO)":mailto:d.hendrickx@brabant-logistique.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Délégation CE/OR:mailto:ce-or@brabant-logistique.be
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="BXL - Boardroom (5e)":mailto:bxl.boardroom@brabant-logistique.be
DESCRIPTION;LANGUAGE=fr-BE:Séance mensuelle du Conseil d'entreprise / maandelijkse vergadering Ondernemingsraad. Ordre du jour et PV de la séance précédente envoyés 8 jours avant par le secrétariat. Interprétation FR/NL prévue.\n
RRULE:FREQ=MONTHLY;BYDAY=3TH;UNTIL=20251218T130000Z
UID:040000008200E00074C5B7101A82E008000000003DA0B1C2D3E4DB010000000000000000100000001122AABB3344CCDD5566EEFF778899AA
SUMMARY;LANGUAGE=fr-BE:CE / OR - séance mensuelle
DTSTART;TZID=Romance Standard Time:20250116T140000
DTEND;TZID=Romance Standard Time:20250116T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20241210T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-BE:BXL - Boardroom (5e)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Janssens, Philippe":mailto:p.janssens@brabant-logistique.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Dubois, Emilie":mailto:e.dubois@brabant-logistique.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Délégation CE/OR:mailto:ce-or@brabant-logistique.be
DESCRIPTION;LANGUAGE=fr-BE:Séance déplacée au mercredi (jeudi 17/04 = pont de Pâques pour la délégation). Point unique supplémentaire : information-consultation sur le projet de réorganisation du dispatching (loi Renault : non).\n
RECURRENCE-ID;TZID=Romance Standard Time:20250417T140000
UID:040000008200E00074C5B7101A82E008000000003DA0B1C2D3E4DB010000000000000000100000001122AABB3344CCDD5566EEFF778899AA
SUMMARY;LANGUAGE=fr-BE:CE / OR - séance mensuelle (DÉPLACÉE)
DTSTART;TZID=Romance Standard Time:20250416T140000
DTEND;TZID=Romance Standard Time:20250416T173000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250326T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=fr-BE:BXL - Boardroom (5e)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    ev("onthaaldag", "040000008200E00074C5B7101A82E008000000004EB1C2D3E4F5DB01000000000000000010000000AA11BB22CC33DD44EE55FF6600771188", 0,
       "", "", "", "", "onboarding-day-for-people-already-hired",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Dubois, Emilie":mailto:e.dubois@brabant-logistique.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nieuwe medewerkers april:mailto:nieuwkomers-2025-04@brabant-logistique.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Wouters, Lotte":mailto:l.wouters@brabant-logistique.be
DESCRIPTION;LANGUAGE=nl-BE:Welkom bij Brabant Logistique! / Bienvenue !\n\n09u00 koffie en voorstelling groep\n09u30 onze activiteiten en sites (Emilie)\n10u30 veiligheid en preventie (IDPBW)\n12u00 lunch\n13u00 rondleiding magazijn Vilvoorde\n15u00 HR-praktisch: loonbrief\, maaltijdcheques\, hospitalisatieverzekering\n
UID:040000008200E00074C5B7101A82E008000000004EB1C2D3E4F5DB01000000000000000010000000AA11BB22CC33DD44EE55FF6600771188
SUMMARY;LANGUAGE=nl-BE:Onthaaldag nieuwe medewerkers / Journée d'accueil
DTSTART;TZID=Romance Standard Time:20250422T090000
DTEND;TZID=Romance Standard Time:20250422T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250407T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-BE:Vilvoorde - opleidingslokaal
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    ev("simulation-coach", "4f2a8c1e9b7d@zoom.us", 0,
       "", "", "", "", "mock-interview-with-career-coach",
       r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
METHOD:REQUEST
@@VTZ Europe/Brussels@@
BEGIN:VEVENT
UID:4f2a8c1e9b7d@zoom.us
DTSTAMP:20250228T120000Z
DTSTART;TZID=Europe/Brussels:20250303T190000
DTEND;TZID=Europe/Brussels:20250303T203000
SUMMARY:Simulation d'entretien DRH - Emilie (séance 3)
DESCRIPTION:Bonsoir Emilie\,\n\nComme convenu\, on fait ce soir une simula
 tion complète d'entretien pour un poste de DRH : je joue le CEO puis un a
 dministrateur\, on filme et on débriefe. Prépare ton pitch de 2 minutes et
  3 réalisations chiffrées.\n\nIsabelle Renson\nCoach carrière & outplaceme
 nt\n\nJoin Zoom Meeting\nhttps://us06web.zoom.us/j/81299034411?pwd=Tm9zQ\nM
 eeting ID: 812 9903 4411
LOCATION:https://us06web.zoom.us/j/81299034411
ORGANIZER;CN=Isabelle Renson:mailto:isabelle@renson-coaching.be
ATTENDEE;CN=Emilie Dubois;PARTSTAT=ACCEPTED:mailto:emilie.dubois.rh@skynet.be
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("webinar-entretien", "gotowebinar-8841223097-registrant-55129@gotowebinar.com", 0,
       "", "", "", "", "webinar-about-succeeding-in-executive-interviews",
       r"""BEGIN:VCALENDAR
PRODID:-//GoTo Technologies//GoTo Webinar//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:gotowebinar-8841223097-registrant-55129@gotowebinar.com
DTSTAMP:20250306T101010Z
DTSTART:20250313T110000Z
DTEND:20250313T120000Z
SUMMARY:Webinar Cadremploi : Réussir son entretien de recrutement de cadre dirigeant
DESCRIPTION:Merci pour votre inscription !\n\nRéussir son entretien de rec
 rutement de cadre dirigeant : les 10 questions des chasseurs de têtes\, l
 a mise en situation et la négociation du package.\nIntervenante : Claire
  Bodin\, associée\, cabinet Bodin Conseil.\n\nRejoindre le webinar : https:
 //attendee.gotowebinar.com/join/8841223097/55129\nWebinar ID : 884-122-30
 9
LOCATION:https://attendee.gotowebinar.com/join/8841223097/55129
ORGANIZER;CN=Cadremploi Events:mailto:noreply@gotowebinar.com
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("podcast-recording", "riverside-rec-hrtalks-ep47-edubois@riverside.fm", 0,
       "", "", "", "", "podcast-interview-she-is-guest",
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@VTZ Europe/Brussels@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Brussels:20250404T180000
DTEND;TZID=Europe/Brussels:20250404T190000
DTSTAMP:20250325T170000Z
ORGANIZER;CN=Hugo Lenaerts:mailto:hugo@hrtalks.be
UID:riverside-rec-hrtalks-ep47-edubois@riverside.fm
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=emilie.dubois.rh@skynet.be;X-NUM-GUESTS=0:mailto:emilie.dubois.rh@skyn
 et.be
DESCRIPTION:Hi Emilie\, thanks again for joining HR Talks Belgium! Episode
  47: "Recruter des chauffeurs en pénurie". We record in French\, ~40 min\,
  interview format. Studio link: https://riverside.fm/studio/hr-talks-belgi
 um?t=8c1f\nPlease use headphones. - Hugo
LOCATION:https://riverside.fm/studio/hr-talks-belgium
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:HR Talks Belgium - interview Emilie Dubois (recording)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("interview-presse", "040000008200E00074C5B7101A82E008000000005FC2D3E4F5A6DB01000000000000000010000000DEADBEEF00112233445566778899AABB", 0,
       "", "", "", "", "press-interview-journalist-on-driver-shortage",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Dubois, Emilie":mailto:e.dubois@brabant-logistique.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Mathieu Colignon (L'Echo):mailto:m.colignon@lecho.be
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Goffin, Valérie (Communication)":mailto:v.goffin@brabant-logistique.be
DESCRIPTION;LANGUAGE=fr-BE:Interview téléphonique pour L'Echo (dossier pénurie de chauffeurs poids lourds et métiers en pénurie dans la logistique). Citations à relire par Valérie avant publication. Chiffres à avoir sous la main : 38 postes ouverts\, turnover chauffeurs 2024.\n\nMathieu appelle sur le fixe 02 555 18 40.\n
UID:040000008200E00074C5B7101A82E008000000005FC2D3E4F5A6DB01000000000000000010000000DEADBEEF00112233445566778899AABB
SUMMARY;LANGUAGE=fr-BE:Interview L'Echo - pénurie de chauffeurs
DTSTART;TZID=Romance Standard Time:20250228T113000
DTEND;TZID=Romance Standard Time:20250228T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250225T091200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-BE:Téléphone
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    ev("entretien-recherche", "1m8n2b7v3c6x4z5a9s0d1f2g3h@google.com", 0,
       "", "", "", "", "research-interview-phd-study-on-hybrid-work",
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@VTZ Europe/Brussels@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Brussels:20250429T100000
DTEND;TZID=Europe/Brussels:20250429T110000
DTSTAMP:20250417T140000Z
ORGANIZER;CN=Manon Delvigne:mailto:manon.delvigne@uclouvain.be
UID:1m8n2b7v3c6x4z5a9s0d1f2g3h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=e.dubois@brabant-logistique.be;X-NUM-GUESTS=0:mailto:e.dubois@brabant-
 logistique.be
DESCRIPTION:Madame Dubois\,\n\nMerci d'avoir accepté de participer à notre
  étude (Louvain Research Institute in Management and Organizations) sur le
  travail hybride dans les métiers de la logistique. L'entretien semi-direc
 tif dure environ une heure et sera enregistré (formulaire de consentement
  en pièce jointe).\n\nManon Delvigne\, doctorante\n\nRejoindre avec Goog
 le Meet : https://meet.google.com/xpu-rfbd-kzm
LOCATION:https://meet.google.com/xpu-rfbd-kzm
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien de recherche - travail hybride et logistique (UCLouvain)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("koffie-netwerk", "B3E91F20-6C7D-4A8B-9E0F-1D2C3B4A5968", 0,
       "", "", "", "", "informational-coffee-ex-colleague-no-vacancy",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3.2//EN
CALSCALE:GREGORIAN
@@VTZ Europe/Brussels@@
BEGIN:VEVENT
CREATED:20250307T121000Z
UID:B3E91F20-6C7D-4A8B-9E0F-1D2C3B4A5968
DTSTART;TZID=Europe/Brussels:20250314T080000
DTEND;TZID=Europe/Brussels:20250314T090000
DTSTAMP:20250307T121100Z
SUMMARY:Koffie Griet (ex-Katoen\, nu CHRO)
LOCATION:Café Belga\, Place Flagey
DESCRIPTION:juste réseau - pas de poste chez eux\, elle connaît les chasse
 urs pour Lux + Pays-Bas. lui demander intro chez Lancaster / Altura ?\nlu
 i parler de mon CV (version EN)
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", crlf=False),
    ev("salon-emploi", "moovijob-luxembourg-2025-visitor-88410", 0,
       "", "", "", "", "careers-fair-attended-as-job-seeker-all-day",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Moovijob//Moovijob Tour//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:moovijob-luxembourg-2025-visitor-88410
DTSTAMP:20250320T080000Z
DTSTART;VALUE=DATE:20250405
DTEND;VALUE=DATE:20250406
SUMMARY:Moovijob Tour Luxembourg 2025 - Luxexpo The Box
DESCRIPTION:Votre badge visiteur n° 88410.\n\n150 recruteurs\, conférences
  et job dating. Conférence conseillée : "Réussir son entretien au Luxembo
 urg" (11h\, salle 2).\nPensez à apporter des CV imprimés.\n\nLuxexpo The B
 ox\, 10 Circuit de la Foire Internationale\, L-1347 Luxembourg-Kirchberg
LOCATION:Luxexpo The Box\, Luxembourg-Kirchberg
TRANSP:TRANSPARENT
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("reference-referee", "2b8c4d6e1f3a5b7c9d0e@google.com", 0,
       "", "", "", "", "reference-call-she-is-the-referee",
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@VTZ Europe/Brussels@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Brussels:20250507T200000
DTEND;TZID=Europe/Brussels:20250507T201500
DTSTAMP:20250502T112000Z
ORGANIZER;CN=Laurence Piron:mailto:laurence.piron@acerta.be
UID:2b8c4d6e1f3a5b7c9d0e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=emilie.dubois.rh@skynet.be;X-NUM-GUESTS=0:mailto:emilie.dubois.rh@skyn
 et.be
DESCRIPTION:Bonjour Madame Dubois\,\n\nSarah Claes\, candidate chez nous au
  poste de Payroll Consultant\, vous a citée comme référence (vous étiez sa
  responsable chez Brabant Logistique). Comme convenu\, je vous appelle pou
 r un échange de 10-15 minutes.\n\nMerci d'avance\,\nLaurence Piron\nTalen
 t Acquisition\, Acerta
LOCATION:Téléphone (0475 62 18 90)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Prise de références - Sarah Claes
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("recruteur-sans-client", "040000008200E00074C5B7101A82E0080000000060D3E4F5A6B7DB01000000000000000010000000CAFEBABE00112233445566778899AABB", 0,
       "", "", "", "", "recruiter-call-no-employer-named",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Dumortier, Nicolas":mailto:nicolasdumortier@pagegroup.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=emilie.dubois.rh@skynet.be:mailto:emilie.dubois.rh@skynet.be
DESCRIPTION;LANGUAGE=fr-BE:Bonjour Emilie\,\n\nRavi d'avoir pu échanger sur LinkedIn. Je vous propose un premier appel pour mieux comprendre votre parcours et vos attentes (fonction\, secteur\, package\, mobilité). Nous avons régulièrement des missions HR Director / HR Manager en Belgique et au Luxembourg et je pourrai ensuite vous proposer les opportunités qui correspondent.\n\nNicolas Dumortier\nManager - Human Resources Practice\nMichael Page\n
UID:040000008200E00074C5B7101A82E0080000000060D3E4F5A6B7DB01000000000000000010000000CAFEBABE00112233445566778899AABB
SUMMARY;LANGUAGE=fr-BE:Michael Page - Emilie Dubois - call découverte
DTSTART;TZID=Romance Standard Time:20250221T123000
DTEND;TZID=Romance Standard Time:20250221T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250218T171200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-BE:Téléphone
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    ev("prep-entretien", "C5D4E3F2-A1B0-4C9D-8E7F-6A5B4C3D2E1F", 0,
       "", "", "", "", "prep-block-before-her-own-interview",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.3.1//EN
CALSCALE:GREGORIAN
@@VTZ Europe/Brussels@@
BEGIN:VEVENT
CREATED:20250403T200500Z
UID:C5D4E3F2-A1B0-4C9D-8E7F-6A5B4C3D2E1F
DTSTART;TZID=Europe/Brussels:20250407T200000
DTEND;TZID=Europe/Brussels:20250407T220000
DTSTAMP:20250403T200600Z
SUMMARY:Prép. Norelis mardi
DESCRIPTION:- relire rapport RSE 2024 + DPEF\n- organigramme DRH (LinkedIn
 )\n- 3 exemples : PSE Charleroi\, accord télétravail\, SIRH\n- questions
  pour B. Lefort\n- repasser tailleur bleu
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", crlf=False),
    ev("remerciement", "E8F7A6B5-C4D3-4E2F-9A1B-0C9D8E7F6A5B", 0,
       "", "", "", "", "thank-you-note-reminder-after-interview",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3.2//EN
CALSCALE:GREGORIAN
@@VTZ Europe/Brussels@@
BEGIN:VEVENT
CREATED:20250325T160500Z
UID:E8F7A6B5-C4D3-4E2F-9A1B-0C9D8E7F6A5B
DTSTART;TZID=Europe/Brussels:20250326T073000
DTEND;TZID=Europe/Brussels:20250326T074500
DTSTAMP:20250325T160600Z
SUMMARY:mail merci Verhaeghe (Koen + An)
DESCRIPTION:rappeler point ondernemingsraad + plan 100 j
SEQUENCE:0
TRANSP:TRANSPARENT
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Rappel
TRIGGER:PT0S
END:VALARM
END:VEVENT
END:VCALENDAR
""", crlf=False),
    ev("bilan-competences", "b1l4n-c0mp-2025-0312-edubois@calendar.google.com", 0,
       "", "", "", "", "career-assessment-session-with-coach",
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Emilie perso
X-WR-TIMEZONE:Europe/Brussels
BEGIN:VEVENT
DTSTART:20250212T170000Z
DTEND:20250212T183000Z
DTSTAMP:20250610T091500Z
UID:b1l4n-c0mp-2025-0312-edubois@calendar.google.com
CREATED:20250115T201000Z
DESCRIPTION:séance 2/6 bilan de compétences - tests de personnalité (MBTI
 ) + ancres de carrière\ncentre Agora Conseil\, av. Brugmann 12
LAST-MODIFIED:20250115T201000Z
LOCATION:Agora Conseil\, avenue Brugmann 12\, Forest
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Bilan de compétences (2/6)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
]
