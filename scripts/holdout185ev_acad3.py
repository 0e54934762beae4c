"""holdout185 events: French concours auditions, Dutch and Spanish searches (Léa Morel as the candidate)."""

from holdout185ev_tz import AMSTERDAM, MADRID, PARIS, ROMANCE, W_EUROPE, ev

EVENTS = [
    ev("typed-cnrs-audition", "3F0B8C21-5D7E-4A19-9C44-AB12CD34EF56", 1, "CNRS", "", "", "",
       "user-typed-french-concours-audition-floating-time",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:3F0B8C21-5D7E-4A19-9C44-AB12CD34EF56
DTSTAMP:20250228T212040Z
CREATED:20250228T212012Z
DTSTART:20250325T143000
DTEND:20250325T151000
SUMMARY:Audition CNRS CRCN sect. 22
LOCATION:Campus Gérard Mégie\, 3 rue Michel-Ange\, Paris 16e
DESCRIPTION:convoc. reçue 28/02. 15 min exposé (projet + bilan) / 20 min questions jury\nconcours 22/03
 ... arriver 14h\, pièce d'identité !!\nTGV Zurich 7h34 -> Paris GdL 11h38
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("inserm-audition-visio", "inserm-concours-crcn-2025-css3-aud-0412@inserm.fr", 1, "Inserm",
       "Chargé·e de recherche de classe normale (CRCN)", "", "",
       "french-concours-audition-zoom-jury-unnamed",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//FR
VERSION:2.0
METHOD:REQUEST
""" + ROMANCE + r"""BEGIN:VEVENT
UID:inserm-concours-crcn-2025-css3-aud-0412@inserm.fr
DTSTAMP:20250310T071500Z
DTSTART;TZID="Romance Standard Time":20250415T094000
DTEND;TZID="Romance Standard Time":20250415T102000
SUMMARY;LANGUAGE=fr-fr:Concours CRCN 2025 – CSS 3 – Audition de Mme MOREL Léa (visioconférence)
ORGANIZER;CN="Bureau des concours":mailto:concours.chercheurs@inserm.fr
ATTENDEE;CN="MOREL Léa";RSVP=FALSE:mailto:lea.morel.bio@protonmail.com
LOCATION:Zoom
DESCRIPTION;LANGUAGE=fr-fr:Madame\,\nVous êtes convoquée à l'audition du concours de chargé·e de
  recherche de classe normale (CRCN)\, commission scientifique spécialisée n° 3.\nDurée : 40 minutes
  (exposé de 15 minutes\, suivi d'un échange avec le jury).\nLien : https://inserm.zoom.us/j/8122004
 5531 – code secret : 731 204\nMerci de vous connecter 15 minutes avant l'heure indiquée muni(e) d'u
 ne pièce d'identité.\nLe bureau des concours
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("pasteur-g5", "a1f7d5e0c3b2@pasteur.fr", 1, "Institut Pasteur", "G5 Junior Group Leader", "onsite",
       "marc.lefebvre@pasteur.fr;claire.nguyen@pasteur.fr", "paris-tz-selection-committee-onsite",
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PARIS + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250520T093000
DTEND;TZID=Europe/Paris:20250520T173000
DTSTAMP:20250430T081211Z
ORGANIZER;CN=Marc Lefebvre:mailto:marc.lefebvre@pasteur.fr
UID:a1f7d5e0c3b2@pasteur.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Claire Nguyen;X-NUM-GUESTS=0:mai
 lto:claire.nguyen@pasteur.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Léa Morel;X-NUM-GU
 ESTS=0:mailto:lea.morel.bio@protonmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Marc Lefebvre;X-NUM-GUESTS=0:mai
 lto:marc.lefebvre@pasteur.fr
DESCRIPTION:Dear Léa\,<br><br>Please find below your programme for the G5 Junior Group Leader selecti
 on day.<br><ul><li>9:30 Public seminar\, Auditorium Duclaux</li><li>11:00–16:00 individual meetings
  with department heads</li><li>16:30 Selection committee (Marc Lefebvre\, chair; Claire Nguyen)</li
 ></ul>Best wishes\,<br>Marc
LOCATION:Institut Pasteur\, 25-28 rue du Docteur Roux\, 75015 Paris
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Institut Pasteur G5 selection – L. Morel
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("curie-teams", "040000008200E00074C5B7101A82E00800000000C05E0A5D3B85DB01000000000000000010000000FA",
       1, "Institut Curie", "Junior Team Leader", "", "", "romance-teams-first-round-hr-organizer",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="RECRUTEMENT Curie":mailto:recrutement.recherche@curie.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Léa Morel:mailto:lea.morel.bio@protonmail.com
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Léa\,\n\nComme convenu\, voici l'invitation pour votre premier entr
 etien (Junior Team Leader – Cell Biology and Cancer unit).\n\n_____________________________________
 ___________________________________________\nRéunion Microsoft Teams\nRejoindre sur votre ordinateu
 r\, application mobile ou appareil de salle\nCliquez ici pour participer à la réunion<https://teams.
 microsoft.com/l/meetup-join/19%3ameeting_ZjQ1>\nID de la réunion : 351 846 220 117\nCode secret : 7T
 q9Xm\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000C05E0A5D3B85DB01000000000000000010000000FA
SUMMARY;LANGUAGE=fr-FR:Entretien JTL – Léa MOREL
DTSTART;TZID=Romance Standard Time:20250206T110000
DTEND;TZID=Romance Standard Time:20250206T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250127T160522Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjQ1
END:VEVENT
END:VCALENDAR
"""),
    ev("paris-cite-comite", "upc-cos-mcf-64-0123-audition-morel", 1, "Université Paris Cité",
       "Maître de conférences", "", "", "french-comite-de-selection-audition-utc",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Zimbra//Zimbra Collaboration Suite//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:upc-cos-mcf-64-0123-audition-morel
DTSTAMP:20250506T134900Z
DTSTART:20250522T121500Z
DTEND:20250522T125000Z
SUMMARY:Comité de sélection MCF 64 – poste 0123 – audition L. Morel
ORGANIZER;CN=Service des personnels enseignants:mailto:dpe-recrutement@u-paris.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Léa Morel:mailto:lea.morel.bio@protonmail.com
LOCATION:Visioconférence (lien Zoom dans la convocation)
DESCRIPTION:Convocation à l'audition – emploi de maître de conférences n° 0123\, section CNU 64 (bioc
 himie et biologie moléculaire)\, UFR Sciences du Vivant.\nMise en situation professionnelle : 10 min
 \, exposé : 10 min\, questions : 15 min.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("strasbourg-cpj", "cpj-igbmc-2025-aud-5@unistra.fr", 1, "University of Strasbourg",
       "Chaire de professeur junior (CPJ) – biologie cellulaire", "onsite", "",
       "french-cpj-audition-onsite-paris-zone-label",
       r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
METHOD:REQUEST
""" + PARIS + r"""BEGIN:VEVENT
UID:cpj-igbmc-2025-aud-5@unistra.fr
DTSTAMP:20250318T100000Z
DTSTART;TZID=Europe/Paris:20250403T133000
DTEND;TZID=Europe/Paris:20250403T160000
SUMMARY:Audition CPJ – Mme Léa Morel
ORGANIZER;CN=Direction des ressources humaines - Recrutement EC:mailto:drh-cpj@unistra.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lea.morel.bio@protonmail.com
LOCATION:IGBMC\, 1 rue Laurent Fries\, Illkirch – salle du conseil
DESCRIPTION:Chaire de professeur junior (CPJ) – biologie cellulaire\nAudition par la commission de
  sélection : présentation du projet de recherche et d'enseignement (20 min)\, échange (25 min).\nVis
 ite de l'institut à partir de 15h.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("radboud-first-teams", "040000008200E00074C5B7101A82E00800000000D2E3F4A5B6C7DB0100000000000000001000000011",
       1, "Radboud University", "Assistant Professor Cell Biology", "",
       "j.vandenberg@science.ru.nl;m.dekker@science.ru.nl",
       "amsterdam-tz-teams-first-interview-two-committee-members",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Berg, J. van den (Joost)":mailto:J.vandenBerg@science.ru.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lea.morel.bio@protonmail.com:mailto:l
 ea.morel.bio@protonmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Dekker, M. (Marieke)":mailto:M.Dekker@science.ru.nl
DESCRIPTION;LANGUAGE=en-US:Dear Dr. Morel\,\n\nThank you for your application for the position of Assis
 tant Professor Cell Biology (vacancy 1.2.25-017). We would like to invite you for a first interview wi
 th members of the selection committee.\n\nKind regards\,\nJoost van den Berg\n\n___________\nMicrosof
 t Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmRk\nMeeting ID: 367 9
 20 411 88\nPasscode: Lr3x8Q\n___________
UID:040000008200E00074C5B7101A82E00800000000D2E3F4A5B6C7DB0100000000000000001000000011
SUMMARY;LANGUAGE=en-US:Interview L. Morel – UD Cell Biology (selection committee)
DTSTART;TZID=W. Europe Standard Time:20250304T100000
DTEND;TZID=W. Europe Standard Time:20250304T104500
DTSTAMP:20250221T094407Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
"""),
    ev("radboud-second-round", "radboud-fnwi-ud-cb-2nd-round-morel@ru.nl", 1, "Radboud University",
       "Assistant Professor Cell Biology", "final", "j.vandenberg@science.ru.nl",
       "second-and-final-round-lecture-and-dean-nijmegen",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + AMSTERDAM + r"""BEGIN:VEVENT
UID:radboud-fnwi-ud-cb-2nd-round-morel@ru.nl
DTSTAMP:20250320T121212Z
DTSTART;TZID=Europe/Amsterdam:20250410T090000
DTEND;TZID=Europe/Amsterdam:20250410T140000
SUMMARY:2nd round – Assistant Professor Cell Biology – Dr L. Morel (lecture + committee + dean)
ORGANIZER;CN="Berg, J. van den (Joost)":mailto:J.vandenBerg@science.ru.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Léa Morel:mailto:lea.morel.bio@protonmail.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="HG00.303 (Huygensgebouw)":mailto:hg00303@ru.nl
LOCATION:Huygens building\, Heyendaalseweg 135\, Nijmegen – HG00.303
DESCRIPTION:Second and final round. 09:00 teaching demonstration (15 min\, 1st-year BSc level)\, 09:45
  scientific lecture (30 min)\, 11:00 interview with the full committee\, 12:30 lunch\, 13:30 meeting w
 ith the dean of the Faculty of Science. Parking: P6.
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ev("hubrecht-zoom", "hubrecht-gl-2025-3f91@hubrecht.eu", 1, "Hubrecht Institute", "Group Leader", "",
       "e.jansen@hubrecht.eu", "amsterdam-zone-zoom-director-interview",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Zoom Video Communications//Zoom//EN
METHOD:REQUEST
""" + AMSTERDAM + r"""BEGIN:VEVENT
UID:hubrecht-gl-2025-3f91@hubrecht.eu
DTSTAMP:20250115T090000Z
DTSTART;TZID=Europe/Amsterdam:20250123T160000
DTEND;TZID=Europe/Amsterdam:20250123T170000
SUMMARY:Hubrecht Institute – Group Leader search – conversation with Lea Morel
ORGANIZER;CN=Esther Jansen:mailto:E.Jansen@hubrecht.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Lea Morel:mailto:lea.morel.bio@protonmail.com
LOCATION:https://us02web.zoom.us/j/84455120033
DESCRIPTION:Esther Jansen is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\nhttps://u
 s02web.zoom.us/j/84455120033\n\nMeeting ID: 844 5512 0033\n---\nOne tap mobile\n+31207941375\,\,844551
 20033# Netherlands\n+31202410288\,\,84455120033# Netherlands
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("uva-interview", "uva-sils-ap-molcb-int-20250227@uva.nl", 1, "University of Amsterdam",
       "Assistant Professor in Molecular Cytology", "", "p.smit@uva.nl", "reschedule-original-sequence-0",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + AMSTERDAM + r"""BEGIN:VEVENT
UID:uva-sils-ap-molcb-int-20250227@uva.nl
DTSTAMP:20250212T103300Z
DTSTART;TZID=Europe/Amsterdam:20250227T140000
DTEND;TZID=Europe/Amsterdam:20250227T150000
SUMMARY:Interview Assistant Professor in Molecular Cytology (SILS) – Léa Morel
ORGANIZER;CN="Smit, P. (Pieter)":mailto:P.Smit@uva.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Léa Morel:mailto:lea.morel.bio@protonmail.com
LOCATION:Microsoft Teams
DESCRIPTION:Selection committee interview (60 min)\, chaired by Prof. Pieter Smit.\nTeams link follows.
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ev("uva-rescheduled", "uva-sils-ap-molcb-int-20250227@uva.nl", 1, "University of Amsterdam",
       "Assistant Professor in Molecular Cytology", "", "p.smit@uva.nl", "reschedule-same-uid-sequence-2",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + AMSTERDAM + r"""BEGIN:VEVENT
UID:uva-sils-ap-molcb-int-20250227@uva.nl
DTSTAMP:20250224T080512Z
DTSTART;TZID=Europe/Amsterdam:20250306T093000
DTEND;TZID=Europe/Amsterdam:20250306T103000
SUMMARY:UPDATED: Interview Assistant Professor in Molecular Cytology (SILS) – Léa Morel
ORGANIZER;CN="Smit, P. (Pieter)":mailto:P.Smit@uva.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Léa Morel:mailto:lea.morel.bio@protonmail.com
LOCATION:Microsoft Teams
DESCRIPTION:Apologies – two committee members are teaching on the 27th\, so we have moved your interv
 iew to 6 March. Selection committee interview (60 min)\, chaired by Prof. Pieter Smit.\nJoin: https:/
 /teams.microsoft.com/l/meetup-join/19%3ameeting_OTc3\nMeeting ID: 318 225 774 60  Passcode: uVa7kq
SEQUENCE:2
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ev("leiden-ud", "leiden-ibl-ud-mcb-2025@leidenuniv.nl", 1, "Leiden University",
       "Universitair docent (Assistant Professor) Molecular Cell Biology", "onsite",
       "h.visser@biology.leidenuniv.nl", "dutch-english-onsite-sollicitatiegesprek",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//NL
VERSION:2.0
METHOD:REQUEST
""" + AMSTERDAM + r"""BEGIN:VEVENT
UID:leiden-ibl-ud-mcb-2025@leidenuniv.nl
DTSTAMP:20250409T130102Z
DTSTART;TZID=Europe/Amsterdam:20250506T130000
DTEND;TZID=Europe/Amsterdam:20250506T163000
SUMMARY:Sollicitatiegesprek UD Molecular Cell Biology – dr. L. Morel
ORGANIZER;CN="Visser, H. (Hanneke)":mailto:h.visser@biology.leidenuniv.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Léa Morel:mailto:lea.morel.bio@protonmail.com
LOCATION:Gorlaeus Building\, Einsteinweg 55\, Leiden – room BM.1.21
DESCRIPTION:Dear Léa\, as agreed: interview for the Universitair docent (Assistant Professor) Molecular
  Cell Biology position. 13:00 lab tour\, 14:00 presentation (20 min)\, 14:45 selection committee. Best\,
  Hanneke Visser
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("cnio-entrevista", "cnio-jgl-2025-entrevista-morel@cnio.es", 1, "CNIO", "Jefe/a de Grupo Junior", "",
       "", "spanish-madrid-tz-comite-de-seleccion-video",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//ES
VERSION:2.0
METHOD:REQUEST
""" + MADRID + r"""BEGIN:VEVENT
UID:cnio-jgl-2025-entrevista-morel@cnio.es
DTSTAMP:20250211T111100Z
DTSTART;TZID=Europe/Madrid:20250225T120000
DTEND;TZID=Europe/Madrid:20250225T124500
SUMMARY:Entrevista comité de selección – Jefe/a de Grupo Junior – Dra. Léa Morel
ORGANIZER;CN=Recursos Humanos CNIO:mailto:rrhh.seleccion@cnio.es
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Léa Morel:mailto:lea.morel.bio@protonmail.com
LOCATION:Videoconferencia (Webex)
DESCRIPTION:Estimada Dra. Morel:\nLe confirmamos la entrevista por videoconferencia con el comité de s
 elección. Dispondrá de 15 minutos para presentar su proyecto\, seguidos de 30 minutos de preguntas.\n
 Enlace Webex: https://cnio.webex.com/meet/seleccion.jgl\nUn saludo cordial\,\nRecursos Humanos – CNIO
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("irb-visita", "irbb-jgl-visit-2025-04-morel@irbbarcelona.org", 1, "IRB Barcelona",
       "Junior Group Leader", "onsite", "", "spanish-english-seminar-visit-madrid-tz",
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
X-WR-TIMEZONE:Europe/Madrid
""" + MADRID + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250514T093000
DTEND;TZID=Europe/Madrid:20250514T180000
DTSTAMP:20250428T091545Z
ORGANIZER;CN=Faculty Recruitment IRB Barcelona:mailto:faculty.recruitment@irbbarcelona.org
UID:irbb-jgl-visit-2025-04-morel@irbbarcelona.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Léa Morel;X-NUM-GU
 ESTS=0:mailto:lea.morel.bio@protonmail.com
DESCRIPTION:Hola Léa\,\n\nHere is the agenda of your visit for the Junior Group Leader call:\n9:30 Sem
 inario (Aula Fèlix Serratosa)\n11:00–13:00 reuniones individuales con PIs\n13:00 comida con estudian
 tes de doctorado\n15:00 entrevista con el comité de selección (Director + 4 PIs)\n\n¡Nos vemos en Barc
 elona!\nMontse
LOCATION:IRB Barcelona\, Parc Científic de Barcelona\, C/ Baldiri Reixac 10
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Visita IRB Barcelona – JGL – Léa Morel
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
]
