"""holdout228 events, part D2: bus makers, bus operators, utilities and other fleets. (continued)"""

# ruff: noqa: E501, W291  (raw iCalendar text: long unfolded lines and folded-line spaces are data)

from holdout228ev_tz import TOR_APPLE, TOR_ATS, ev

NOVA = "Nova Bus"

EVENTS = []

EVENTS.append(ev("teams-usine", "040000008200E00074C5B7101A82E00800000000D0E2A4C6F38BDB01000000000000000010000000123456789ABCDEF0FEDCBA9876543210", 1,
    "teams-plant-planner-hiring-manager", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Vallières, Annick":mailto:annick.vallieres@prevostcar.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mathieu.bo
 uchard.meca@videotron.ca:mailto:mathieu.bouchard.meca@videotron.ca
DESCRIPTION;LANGUAGE=fr-CA:Bonjour Mathieu\, je serai seule à l'entrevue\,
  c'est une première rencontre avec la gestionnaire. Poste : Planificateur
 \, entretien des équipements de production et flotte de cour – usine Sain
 te-Claire.\n\nAnnick\n\n________________________________________________________________________________\nRéunion Microsoft Teams\nRejoindre : https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTk2NWM4ZjAtZDBhOS00OGE2LWJjZDYtZjA1MWM1ZTg1ZGNk%40thread.v2/0\nID de réunion : 284 007 619 335\nCode secret : sN3pQ8\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000D0E2A4C6F38BDB01000000000000000
 010000000123456789ABCDEF0FEDCBA9876543210
SUMMARY;LANGUAGE=fr-CA:Mathieu Bouchard - Planificateur entretien (Prévost)
DTSTART:20250227T170000Z
DTEND:20250227T174500Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250221T174410Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Réunion Microsoft Teams
END:VEVENT
END:VCALENDAR
""", company="Prévost", role="Planificateur, entretien des équipements de production et flotte de cour",
    stage="hiring_manager", who="annick.vallieres@prevostcar.com"))

EVENTS.append(ev("workable-appel", "workable-evt-9d8c7b6a-2b3c", 1, "workable-phone-screen-bus-maker",
    r"""BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-evt-9d8c7b6a-2b3c
DTSTAMP:20250110T154402Z
DTSTART:20250115T203000Z
DTEND:20250115T210000Z
SUMMARY:Appel téléphonique: Mathieu Bouchard pour Superviseur\, service à l
 a clientèle et garantie
ORGANIZER;CN=Girardin Blue Bird:mailto:notifications@workablemail.com
ATTENDEE;CN=Mathieu Bouchard;RSVP=TRUE:mailto:mathieu.bouchard.meca@videotr
 on.ca
ATTENDEE;CN=Sophie Lachapelle:mailto:slachapelle@girardinbluebird.com
DESCRIPTION:Sophie Lachapelle (Conseillère RH) vous appellera au 418-555-01
 82.\n\nPoste basé à Drummondville\, télétravail partiel possible pour la r
 égion de Québec (visites clients).\n\n--\nEnvoyé par Workable
LOCATION:Téléphone
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", company="Girardin Blue Bird", role="Superviseur, service à la clientèle et garantie",
    stage="recruiter_screen", who="slachapelle@girardinbluebird.com"))

EVENTS.append(ev("personio-einladung", "personio-interview-3381945-1", 1, "personio-german-template-quebec-branch",
    TOR_ATS.join([r"""BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//DE
VERSION:2.0
METHOD:REQUEST
""", r"""BEGIN:VEVENT
UID:personio-interview-3381945-1
DTSTAMP:20250312T090412Z
DTSTART;TZID=America/Toronto:20250318T110000
DTEND;TZID=America/Toronto:20250318T114500
SUMMARY:Einladung zum Vorstellungsgespräch: Werkstattleiter / Chef d'atelie
 r (Lévis\, QC)
ORGANIZER;CN=Hollmann Fahrzeugtechnik:mailto:noreply@personio.de
ATTENDEE;CN=Mathieu Bouchard;RSVP=TRUE:mailto:mathieu.bouchard.meca@videotr
 on.ca
ATTENDEE;CN=Tobias Krämer:mailto:t.kraemer@hollmann-fahrzeugtechnik.de
ATTENDEE;CN=Marie-Pier Lessard:mailto:mp.lessard@hollmann.ca
DESCRIPTION:Hallo Mathieu Bouchard\,\n\nvielen Dank für Ihre Bewerbung. Wi
 r freuen uns\, Sie zu einem Vorstellungsgespräch einzuladen.\n\nGesprächsp
 artner: Tobias Krämer (Leiter Service Nordamerika)\, Marie-Pier Lessard (D
 irectrice de succursale\, Lévis)\nOrt: Microsoft Teams\n\n(Bonjour Mathieu
 \, l'entrevue se fera en français et en anglais. – MP)\n\nMit freundlichen 
 Grüßen\nIhr Hollmann Recruiting-Team
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""]), company="Hollmann Fahrzeugtechnik Canada", role="Werkstattleiter / Chef d'atelier (Lévis, QC)",
    stage="hiring_manager", who="t.kraemer@hollmann-fahrzeugtechnik.de;mp.lessard@hollmann.ca"))

EVENTS.append(ev("globocam-2e", "5F6A7B8C-9D0E-4F1A-8B2C-3D4E5F6A7B8C", 1, "typed-apple-second-meeting-dealership",
    TOR_APPLE.join([r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
""", r"""BEGIN:VEVENT
CREATED:20250419T140022Z
DTEND;TZID=America/Toronto:20250425T170000
DTSTAMP:20250419T140109Z
DTSTART;TZID=America/Toronto:20250425T160000
LAST-MODIFIED:20250419T140109Z
LOCATION:Globocam Québec\, Ancienne-Lorette
DESCRIPTION:2e rencontre avec Pierre Auclair (DG) pour dir. service. Discré
 tion!! même monde que Camions L. Faire après mon shift\, pas en uniforme
SEQUENCE:0
SUMMARY:Globocam - 2e rencontre
UID:5F6A7B8C-9D0E-4F1A-8B2C-3D4E5F6A7B8C
END:VEVENT
END:VCALENDAR
"""]), company="Globocam", role="dir. service", stage="", who="Pierre Auclair", crlf=False))

EVENTS.append(ev("journee-essai", "folks-rh-entrevue-22817", 1, "trial-day-candidate-local-ats",
    r"""BEGIN:VCALENDAR
PRODID:-//Folks RH//Planification//FR
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:folks-rh-entrevue-22817
DTSTAMP:20250501T133020Z
DTSTART:20250510T113000Z
DTEND:20250510T200000Z
SUMMARY:Journée d'essai - Contremaître d'atelier (Transport Bourassa)
ORGANIZER;CN=Transport Bourassa - Ressources humaines:mailto:rh@transportb
 ourassa.com
ATTENDEE;CN=Mathieu Bouchard;RSVP=TRUE:mailto:mathieu.bouchard.meca@videotr
 on.ca
ATTENDEE;CN=Denis Bourassa:mailto:dbourassa@transportbourassa.com
DESCRIPTION:Bonjour Mathieu\,\n\nTel que discuté avec Denis Bourassa\, vous
  passerez la journée (samedi) avec l'équipe de l'atelier de Saint-Jean-sur
 -Richelieu : répartition des bons de travail\, inspections\, rencontre ave
 c les mécaniciens. La journée est rémunérée. Dîner fourni.\n\nApportez vos
  bottes de sécurité.\n\nFolks RH
LOCATION:Transport Bourassa\, 800 rue Vanier\, Saint-Jean-sur-Richelieu
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", company="Transport Bourassa", role="Contremaître d'atelier", stage="onsite",
    who="dbourassa@transportbourassa.com"))

EVENTS.append(ev("pomerleau-equip", "040000008200E00074C5B7101A82E008000000007A9C1E3F5B8CDB01000000000000000010000000FEDCBA98765432100123456789ABCDEF", 1,
    "construction-fleet-outlook-two-interviewers", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Caron, Josée":mailto:jcaron@pomerleau.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mathieu.bo
 uchard.meca@videotron.ca:mailto:mathieu.bouchard.meca@videotron.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Fecteau, Alex
 andre":mailto:afecteau@pomerleau.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Caron, Josée"
 :mailto:jcaron@pomerleau.ca
DESCRIPTION;LANGUAGE=fr-CA:Bonjour Mathieu\,\n\nAlexandre Fecteau (directe
 ur Équipements) et moi-même te rencontrerons pour le poste de Surintendant
 \, entretien des équipements (Québec). Les bureaux sont au 521 6e Avenue 
 à Saint-Georges\, mais on peut faire ça à notre cour de Québec.\n\nJosée C
 aron\, conseillère principale talents\n
UID:040000008200E00074C5B7101A82E008000000007A9C1E3F5B8CDB01000000000000000
 010000000FEDCBA98765432100123456789ABCDEF
SUMMARY;LANGUAGE=fr-CA:Entrevue – Surintendant\, entretien des équipements
DTSTART:20250514T130000Z
DTEND:20250514T141500Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250506T114002Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Cour Pomerleau Québec\, 1175 rue Lavigerie
END:VEVENT
END:VCALENDAR
""", company="Pomerleau", role="Surintendant, entretien des équipements", stage="hiring_manager",
    who="jcaron@pomerleau.ca;afecteau@pomerleau.ca"))

EVENTS.append(ev("aeroport-appel", "r5t7y9u1i3o5p7a9s1d3@google.com", 1, "airport-ground-fleet-google-phone",
    r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250122T140000Z
DTEND:20250122T143000Z
DTSTAMP:20250117T152210Z
ORGANIZER;CN=Émilie Drouin:mailto:edrouin@aeroportdequebec.com
UID:r5t7y9u1i3o5p7a9s1d3@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Émilie Drouin;X-NUM-GUESTS=0:mailto:edrouin@aeroportdequebec.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=mathieu.bouchard.meca@videotron.ca;X-NUM-GUESTS=0:mailto:mathieu.b
 ouchard.meca@videotron.ca
CREATED:20250117T152207Z
DESCRIPTION:Entretien téléphonique – Contremaître\, équipements de piste (d
 éneigeuses\, balais\, camions incendie). Je vous appelle au numéro au CV.\n
 \nÉmilie Drouin\, conseillère talent\, Aéroport de Québec (YQB)
LAST-MODIFIED:20250117T152210Z
LOCATION:Téléphone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Appel - Mathieu Bouchard / YQB
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", company="Aéroport de Québec", role="Contremaître, équipements de piste", stage="recruiter_screen",
    who="edrouin@aeroportdequebec.com"))

EVENTS.append(ev("calendly-rh", "b7c6d5e4-f3a2-4b1c-9d0e-8f7a6b5c4d3e", 1, "calendly-booked-by-candidate-hr-screen",
    r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:b7c6d5e4-f3a2-4b1c-9d0e-8f7a6b5c4d3e
DTSTAMP:20250428T004511Z
DTSTART:20250502T120000Z
DTEND:20250502T123000Z
SUMMARY:Premier entretien RH - Agropur (Mathieu Bouchard)
ORGANIZER;CN=Mireille Côté:mailto:mireille.cote@agropur.com
ATTENDEE;CN=Mathieu Bouchard;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:mathieu
 .bouchard.meca@videotron.ca
DESCRIPTION:Type d'événement : Premier entretien RH\n\nPlanifié par : Math
 ieu Bouchard\n\nRéponses :\nPoste : Planificateur(trice) maintenance flot
 te - transport lait (Saint-Hyacinthe / Québec)\nTéléphone : +1 418-555-01
 82\n\nEmplacement : Mireille vous appellera.\n\nPour annuler : https://cal
 endly.com/cancellations/b7c6d5e4
LOCATION:+1 418-555-0182
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", company="Agropur", role="Planificateur(trice) maintenance flotte - transport lait",
    stage="recruiter_screen", who="mireille.cote@agropur.com"))

EVENTS.append(ev("simulation", "40D2E1F0-5A6B-4C7D-8E9F-A0B1C2D3E4F5", 0, "mock-interview-employment-counsellor",
    r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250205T190111Z
DTEND:20250212T110000
DTSTAMP:20250205T190149Z
DTSTART:20250212T093000
LAST-MODIFIED:20250205T190149Z
LOCATION:Carrefour emploi\, 2525 boul. Laurier\, local 210
DESCRIPTION:Simulation d'entrevue filmée avec Nathalie (conseillère en empl
 oi). Pratiquer le comité de sélection RTC + questions situationnelles. Gra
 tuit (Services Québec)
SEQUENCE:0
SUMMARY:simulation entrevue - Carrefour
UID:40D2E1F0-5A6B-4C7D-8E9F-A0B1C2D3E4F5
END:VEVENT
END:VCALENDAR
""", crlf=False))
