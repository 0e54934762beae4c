"""holdout169 events, part c: watch-industry single interviews (written blind)."""

from holdout169ev_tz import ev

EVENTS = [
    ev("smartrecruiters", r"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//SmartRecruiters Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SR-INTERVIEW-744f2a1d-0c6e-4c3a-9b1f-5e8d2a7c1b90
DTSTAMP:20250923T121500Z
DTSTART:20250929T120000Z
DTEND:20250929T124500Z
SUMMARY:Interview | Operations Manager - Manufacture | Zenith
DESCRIPTION:Dear Mathieu\,\n\nWe are pleased to invite you to an interview
  for the position Operations Manager - Manufacture (Le Locle).\n\nInterview
 er(s): Aurélie Jacot (Talent Acquisition Manager)\nFormat: Video call (Zoom
 )\nJoin Zoom Meeting: https://lvmh.zoom.us/j/94122870533?pwd=QkR2bWdKZ0ZtU
 Ud6UT09\nMeeting ID: 941 2287 0533\nPasscode: 580217\n\nKind regards\,\nZe
 nith Talent Acquisition\n\nThis invitation was sent via SmartRecruiters.
ORGANIZER;CN=Zenith Recruiting:mailto:notifications@smartrecruiters.com
ATTENDEE;CN=Aurélie Jacot;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:aur
 elie.jacot@zenith-watches.com
ATTENDEE;CN=Mathieu Girardin;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSV
 P=TRUE:mailto:mathieu.girardin@bluewin.ch
LOCATION:Zoom
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "SR-INTERVIEW-744f2a1d-0c6e-4c3a-9b1f-5e8d2a7c1b90", 1, "Zenith", "Operations Manager - Manufacture",
       "recruiter_screen", "aurelie.jacot@zenith-watches.com", "smartrecruiters-zoom-utc"),

    ev("teamtailor", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Meetings//EN
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:teamtailor-meeting-1b9c4e77-2d31-47f0-8a5c-9e6d0f3b2a18
DTSTAMP:20251001T141700Z
DTSTART;TZID=Europe/Zurich:20251008T160000
DTEND;TZID=Europe/Zurich:20251008T170000
SUMMARY:Mathieu Girardin <> Ulysse Nardin – Demand & Supply Planning Lead
DESCRIPTION:Bonjour Mathieu\,\n\nMerci d'avoir choisi un créneau. Vous renc
 ontrerez Sébastien Matthey (Head of Operations) et Joanna Lüthi (Talent Ac
 quisition).\n\nLien Google Meet : https://meet.google.com/xdr-pmwq-fhe\n\nP
 our modifier ou annuler : https://career.ulysse-nardin.com/meetings/1b9c4e7
 7/reschedule
ORGANIZER;CN=Joanna Lüthi:mailto:joanna.luethi@ulysse-nardin.com
ATTENDEE;CN=Sébastien Matthey;PARTSTAT=ACCEPTED:mailto:sebastien.matthey@u
 lysse-nardin.com
ATTENDEE;CN=Joanna Lüthi;PARTSTAT=ACCEPTED:mailto:joanna.luethi@ulysse-nard
 in.com
ATTENDEE;CN=Mathieu Girardin;PARTSTAT=ACCEPTED:mailto:mathieu.girardin@blue
 win.ch
LOCATION:Google Meet
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "teamtailor-meeting-1b9c4e77-2d31-47f0-8a5c-9e6d0f3b2a18", 1, "Ulysse Nardin",
       "Demand & Supply Planning Lead", "hiring_manager",
       "sebastien.matthey@ulysse-nardin.com;joanna.luethi@ulysse-nardin.com",
       "teamtailor-self-booked-arrow-summary"),

    ev("typed-apres-boulot", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250904T192201Z
DTEND:20250911T183000
DTSTAMP:20250904T192201Z
DTSTART:20250911T173000
LAST-MODIFIED:20250904T192201Z
LOCATION:Sellita\, Rue des Crêtets
SEQUENCE:0
SUMMARY:Sellita - M. Gautier resp log. 17h30 (après boulot!!)
DESCRIPTION:parking derrière\, demander à l'accueil\nprendre CV papier + ce
 rtif APICS\nposte: responsable planification & appro\nne PAS parler de MJ
  au bureau
TRANSP:OPAQUE
UID:5E2B7A14-93C1-4F0D-8B7A-2C6E1D9F0A33
END:VEVENT
END:VCALENDAR
""", "5E2B7A14-93C1-4F0D-8B7A-2C6E1D9F0A33", 1, "Sellita", "responsable planification & appro", "",
       "M. Gautier", "hand-typed-floating-no-interview-word", lf=True),

    ev("google-vaucher", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
%%TZ:ZURICH_GOOGLE%%
BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20251017T131500
DTEND;TZID=Europe/Zurich:20251017T143000
DTSTAMP:20251009T074458Z
ORGANIZER;CN=Isabelle Reymond:mailto:isabelle.reymond@vauchermanufacture.ch
UID:1kq7f3s0d9gh2m6v4t8bn5pwce@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Isabel
 le Reymond;X-NUM-GUESTS=0:mailto:isabelle.reymond@vauchermanufacture.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Fabric
 e Dubied;X-NUM-GUESTS=0:mailto:fabrice.dubied@vauchermanufacture.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=mathieu.girardin@bluewin.ch;X-NUM-GUESTS=0:mailto:mathieu.girardin
 @bluewin.ch
CREATED:20251009T074455Z
DESCRIPTION:Entretien pour le poste de Responsable planification (S&OP)\, a
 vec Fabrice Dubied\, directeur de production.<br>Rendez-vous à la réception
  principale\, Rue de l'Hôpital 33\, 2114 Fleurier.<br><br>Isabelle Reymond<
 br>RH
LAST-MODIFIED:20251009T074457Z
LOCATION:Vaucher Manufacture Fleurier\, Rue de l'Hôpital 33\, 2114 Fleurier
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien VMF – M. Girardin
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "1kq7f3s0d9gh2m6v4t8bn5pwce@google.com", 1, "Vaucher Manufacture Fleurier", "Responsable planification (S&OP)",
       "hiring_manager", "fabrice.dubied@vauchermanufacture.ch;isabelle.reymond@vauchermanufacture.ch",
       "google-acronym-summary-html-description"),

    ev("workday-case", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday Inc.//Workday Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:wd-interview-81d0e6b2a94f4c77a3f5e1c0d92b7a55@myworkday.com
DTSTAMP:20251027T100102Z
DTSTART:20251105T090000Z
DTEND:20251105T103000Z
SUMMARY:Audemars Piguet - Case Study Presentation - S&OP Manager
DESCRIPTION:Dear Mathieu\,\n\nThe next step in the recruitment process for
  S&OP Manager (R0012406) is a case study presentation. You will receive th
 e case 48 hours before the meeting. Presentation 30 min\, followed by Q&A w
 ith:\n- Claire Golay\, Director Supply Chain\n- Romain Piguet\, S&OP Analys
 t\n\nLocation: Route de France 16\, 1348 Le Brassus (Atelier Le Brassus\, m
 eeting room Lac de Joux)\n\nBest regards\,\nTalent Acquisition - Audemars P
 iguet\n
ORGANIZER;CN=Audemars Piguet Careers:mailto:audemarspiguet@myworkday.com
ATTENDEE;CN=Claire Golay;PARTSTAT=ACCEPTED:mailto:claire.golay@audemarspiguet
 .com
ATTENDEE;CN=Romain Piguet;PARTSTAT=ACCEPTED:mailto:romain.piguet@audemarspigu
 et.com
ATTENDEE;CN=Mathieu Girardin;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:mathieu.g
 irardin@bluewin.ch
LOCATION:Le Brassus
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "wd-interview-81d0e6b2a94f4c77a3f5e1c0d92b7a55@myworkday.com", 1, "Audemars Piguet", "S&OP Manager",
       "technical", "claire.golay@audemarspiguet.com;romain.piguet@audemarspiguet.com",
       "workday-case-study-presentation-english"),

    ev("video-differe", r"""BEGIN:VCALENDAR
PRODID:-//HireVue//HireVue Scheduling//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:hv-ondemand-7732190-cartier-lcf@hirevue.com
DTSTAMP:20251020T061500Z
DTSTART:20251023T173000Z
DTEND:20251023T181500Z
SUMMARY:Entretien vidéo différé – Manufacture Cartier – Responsable Planifi
 cation Horlogère
DESCRIPTION:Bonjour Mathieu\,\n\nVous avez réservé ce créneau pour compléte
 r votre entretien vidéo différé (5 questions\, 3 minutes de réponse chacun
 e\, 1 essai par question).\n\nLien personnel : https://app.hirevue.com/int
 erviews/7732190/start\nDate limite : 26.10.2025\n\nRichemont Talent Acquisi
 tion – Manufacture Cartier La Chaux-de-Fonds
ORGANIZER;CN=Richemont Talent Acquisition:mailto:noreply@hirevue.com
LOCATION:En ligne (HireVue)
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "hv-ondemand-7732190-cartier-lcf@hirevue.com", 1, "Cartier", "Responsable Planification Horlogère",
       "recruiter_screen", "", "one-way-video-interview-no-interviewer"),

    ev("lever", r"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Interview//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-0f8b7a34-2cd1-4e9a-b5a6-71f3d0c9e812@hire.lever.co
DTSTAMP:20251029T154045Z
DTSTART:20251106T140000Z
DTEND:20251106T144500Z
SUMMARY:Breitling | Mathieu Girardin | Head of Supply Planning - Interview
  with Stefan Hug
DESCRIPTION:Hi Mathieu\,\n\nThanks for making time to speak with Stefan Hug
 \, VP Operations. Please find the details below.\n\nVideo: https://breitlin
 g.zoom.us/j/86210455731\n\nIf you need to reschedule\, reply to this email
 .\n\n--\nBreitling Talent Team\nSchachenstrasse 17\, 2540 Grenchen
ORGANIZER;CN=Corinne Schmid:mailto:corinne.schmid@breitling.com
ATTENDEE;CN=Stefan Hug;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:stefa
 n.hug@breitling.com
ATTENDEE;CN=Mathieu Girardin;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSV
 P=TRUE:mailto:mathieu.girardin@bluewin.ch
LOCATION:Zoom
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "lever-interview-0f8b7a34-2cd1-4e9a-b5a6-71f3d0c9e812@hire.lever.co", 1, "Breitling",
       "Head of Supply Planning", "hiring_manager", "stefan.hug@breitling.com",
       "lever-coordinator-organizer-not-interviewer"),

    ev("sf-omega", r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Recruiting Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
%%TZ:ZURICH_PLAIN%%
BEGIN:VEVENT
UID:SFRCM-IS-8917733-omega-20251110
DTSTAMP:20251103T101800Z
SEQUENCE:0
DTSTART;TZID=Europe/Zurich:20251110T101500
DTEND;TZID=Europe/Zurich:20251110T113000
SUMMARY:Invitation à un entretien – Responsable Planification Assemblage (H/F)
DESCRIPTION:Monsieur Girardin\,\n\nNous avons le plaisir de vous inviter à
  un entretien pour le poste de Responsable Planification Assemblage (H/F) a
 u sein d'OMEGA SA\, Rue Stämpfli 96\, 2504 Bienne.\n\nVous rencontrerez :\n
 Mme Ruth Zbinden\, Responsable RH\nM. Christophe Aubry\, Chef de départemen
 t Assemblage\n\nMeilleures salutations\nThe Swatch Group Recruiting
ORGANIZER;CN=Swatch Group Recruiting:mailto:noreply-recruiting@swatchgroup.c
 om
ATTENDEE;CN=Ruth Zbinden;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ruth.
 zbinden@omegawatches.com
ATTENDEE;CN=Christophe Aubry;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:c
 hristophe.aubry@omegawatches.com
ATTENDEE;CN=Mathieu Girardin;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSV
 P=TRUE:mailto:mathieu.girardin@bluewin.ch
LOCATION:OMEGA SA\, Bienne
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "SFRCM-IS-8917733-omega-20251110", 1, "Omega", "Responsable Planification Assemblage (H/F)",
       "hiring_manager", "ruth.zbinden@omegawatches.com;christophe.aubry@omegawatches.com",
       "successfactors-company-only-in-body"),

    ev("typed-2e-tour", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//Mac OS X 15.6//EN
CALSCALE:GREGORIAN
%%TZ:ZURICH_APPLE%%
BEGIN:VEVENT
CREATED:20251112T201133Z
UID:8C7F2E90-1A4B-4D3C-9E55-B0A1F6D2C7E4
DTEND;TZID=Europe/Zurich:20251119T160000
TRANSP:OPAQUE
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
SUMMARY:Longines St-Imier 2e tour (dir. ops + RH)
LAST-MODIFIED:20251112T201210Z
DTSTAMP:20251112T201210Z
DTSTART;TZID=Europe/Zurich:20251119T140000
LOCATION:Longines\, Rue des Noyes 8\, 2610 Saint-Imier
SEQUENCE:0
DESCRIPTION:M. Aellen + Mme Tschanz\nquestions: taille équipe planif? ERP (S
 AP?) / prévisions marchés Asie\ncongé: poser 1/2 j.
END:VEVENT
END:VCALENDAR
""", "8C7F2E90-1A4B-4D3C-9E55-B0A1F6D2C7E4", 1, "Longines", "", "", "M. Aellen;Mme Tschanz",
       "hand-typed-second-round-abbreviated"),

    ev("workday-vc", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday Inc.//Workday Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:wd-interview-2ac94f1be7d0438a8c55f03e91b6d7aa@myworkday.com
DTSTAMP:20251111T084500Z
DTSTART:20251120T130000Z
DTEND:20251120T140000Z
SUMMARY:Interview Invitation - Supply Chain Manager Movements - Vacheron Cons
 tantin
DESCRIPTION:Dear Mathieu Girardin\,\n\nWe are pleased to confirm your inter
 view.\n\nPosition: Supply Chain Manager Movements (JR-118204)\nMaison: Vach
 eron Constantin\, Plan-les-Ouates\nInterview format: Virtual (Microsoft Tea
 ms)\nInterviewers: Hélène Rochat (Head of Supply Chain)\; Tobias Frei (HR
  Business Partner)\n\nTeams link will be sent separately by the interviewer
 .\n\nRichemont Talent Acquisition
ORGANIZER;CN=Richemont Careers:mailto:richemont@myworkday.com
ATTENDEE;CN=Mathieu Girardin;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:mathieu
 .girardin@bluewin.ch
LOCATION:Virtual
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "wd-interview-2ac94f1be7d0438a8c55f03e91b6d7aa@myworkday.com", 1, "Vacheron Constantin",
       "Supply Chain Manager Movements", "", "Hélène Rochat;Tobias Frei",
       "workday-group-careers-organizer-interviewers-in-body"),

    ev("piaget", r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
%%TZ:ROMANCE%%
BEGIN:VEVENT
ATTENDEE;CN=mathieu.girardin@bluewin.ch;RSVP=TRUE:mailto:mathieu.girardin@b
 luewin.ch
ATTENDEE;CN="Perroud Marie";RSVP=TRUE:mailto:marie.perroud@piaget.com
CLASS:PUBLIC
DESCRIPTION:Bonjour Monsieur Girardin\,\n\nJe vous confirme notre entretien
  de jeudi. Je suis basée à Plan-les-Ouates mais l'échange se fera par visio
 .\n\nRejoindre la réunion Webex\nhttps://richemont.webex.com/richemont/j.ph
 p?MTID=m3f1c0a7e9b24d6c85a1e2f3b4c5d6e7f\nNuméro de réunion: 2740 915 336\n
 Mot de passe: PgT4x2mQ\n\nMarie Perroud\nResponsable Logistique Piaget\n
DTEND;TZID="Romance Standard Time":20251127T113000
DTSTAMP:20251121T160222Z
DTSTART;TZID="Romance Standard Time":20251127T103000
LOCATION:Webex
ORGANIZER;CN="Perroud Marie":mailto:marie.perroud@piaget.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr:Entretien - Responsable Ordonnancement Piaget
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000A3C1E2D4B53FDC01000000000000000
 010000000E6F7A8B9C0D1E2F3A4B5C6D7E8F9A0B1
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000A3C1E2D4B53FDC0100000000000000001000000" "0E6F7A8B9C0D1E2F3A4B5C6D7"
       "E8F9A0B1", 1, "Piaget", "Responsable Ordonnancement", "hiring_manager", "marie.perroud@piaget.com",
       "outlook-romance-zone-webex"),
]
