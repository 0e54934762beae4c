"""holdout143: universities, parks, resorts, grocers, the user's own phone entries (own interviews)."""

from holdout143ev_common import yes

EVENTS = []

EVENTS.append(yes("outlook", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:WIN_EST%%
BEGIN:VEVENT
ORGANIZER;CN="Hamilton, Jennifer";SENT-BY="mailto:fdsadmin@mcgill.ca":mail
 to:jennifer.hamilton@mcgill.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=olivier.b
 elanger.cuisine@hotmail.com:mailto:olivier.belanger.cuisine@hotmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Hamilton, Je
 nnifer":mailto:jennifer.hamilton@mcgill.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Pierre-Louis,
  Fabrice":mailto:fabrice.pierre-louis@mcgill.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Zhou, Wei
 ":mailto:wei.zhou2@mcgill.ca
DESCRIPTION;LANGUAGE=en-US:Interview for Executive Chef (Job ID 131877)\, F
 ood and Dining Services\n\nPanel: Jennifer Hamilton (Director\, FDS)\, Fa
 brice Pierre-Louis (Executive Chef\, Residence Dining) and Wei Zhou (Staf
 f representative\, MUNACA). The panel will ask the same set of behavioura
 l questions to all candidates\, followed by 15 min for your questions.\n
 \nJoin Zoom Meeting\nhttps://mcgill.zoom.us/j/85511230047?pwd=TWNHaWxsRkRT\n
 Meeting ID: 855 1123 0047\nPasscode: 447102\n
UID:040000008200E00074C5B7101A82E00800000000C2B3A4D5E6F7DB010000000000000
 00010000000AA00BB11CC22DD33EE44FF5566778899
SUMMARY;LANGUAGE=en-US:Panel - Executive Chef 131877 - candidate O. Belang
 er
DTSTART;TZID=Eastern Standard Time:20250409T093000
DTEND;TZID=Eastern Standard Time:20250409T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250402T151801Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:https://mcgill.zoom.us/j/85511230047?pwd=TWNHaWxsR
 kRT
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000C2B3A4D5E6F7DB01000000000000000010000000AA00BB11CC22DD33EE44FF5566778899",
    "Université McGill", "Executive Chef", "onsite",
    "jennifer.hamilton@mcgill.ca;fabrice.pierre-louis@mcgill.ca;wei.zhou2@mcgill.ca",
    "university-panel-word-candidate-in-summary-zoom"))

EVENTS.append(yes("teams", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:WIN_EST%%
BEGIN:VEVENT
ORGANIZER;CN=Gauthier Stéphane:mailto:gauthier.stephane@sepaq.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=olivier.b
 elanger.cuisine@hotmail.com:mailto:olivier.belanger.cuisine@hotmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Bouchard Ann
 ie:mailto:bouchard.annie@sepaq.com
DESCRIPTION;LANGUAGE=fr-CA:Bonjour M. Bélanger\,\n\nVoici le lien pour l'e
 ntrevue du 13 mai concernant l'emploi de chef exécutif (saisonnier\, mai
  à octobre) à l'Auberge de montagne des Chic-Chocs. Annie Bouchard\, dir
 ectrice de l'établissement\, participera à l'entrevue.\n\nVous aurez à ré
 aliser un petit exercice de planification d'un menu 5 jours pour 40 clie
 nts en hébergement (isolé\, 1 livraison/semaine)\; on en discutera ensem
 ble.\n\nStéphane Gauthier\nConseiller en acquisition de talents\nSépaq\n
 \nRéunion Microsoft Teams\nRejoindre la réunion maintenant<https://teams.m
 icrosoft.com/l/meetup-join/19%3ameeting_U2VwYXE%40thread.v2/0>\nID de la
  réunion : 244 019 337 512\n
UID:040000008200E00074C5B7101A82E00800000000D4C3B2A1F0E9DB010000000000000
 000100000003344556677889900AABBCCDDEEFF0011
SUMMARY;LANGUAGE=fr-CA:Entrevue - Chef exécutif - Auberge Chic-Chocs
DTSTART;TZID=Eastern Standard Time:20250513T130000
DTEND;TZID=Eastern Standard Time:20250513T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250506T124455Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000D4C3B2A1F0E9DB010000000000000000100000003344556677889900AABBCCDDEEFF0011",
    "Sépaq", "chef exécutif (saisonnier, mai à octobre)", "",
    "gauthier.stephane@sepaq.com;bouchard.annie@sepaq.com", "parks-agency-teams-entrevue-with-menu-exercise"))

EVENTS.append(yes("phone-entry", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250131T004410Z
UID:A91D3F2C-77B4-4E0B-8C61-5D2E9F1B0A36
DTSTART:20250203T100000
DTEND:20250203T103000
SUMMARY:Tel Manoir Hovey - chef Bruno
DESCRIPTION:il m'appelle sur mon cell. poste chef de cuisine\, logement fo
 urni North Hatley?? demander salaire + horaire été/hiver
DTSTAMP:20250131T004410Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "A91D3F2C-77B4-4E0B-8C61-5D2E9F1B0A36", "Manoir Hovey", "chef de cuisine", "", "chef Bruno",
    "phone-typed-tel-with-chef-floating", crlf=False))

EVENTS.append(yes("smartrecruiters", r"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//SmartRecruiters Interview//EN
VERSION:2.0
METHOD:REQUEST
%%TZ:MTL%%
BEGIN:VEVENT
UID:sr-interview-1c4e7a90-b3d2-4f85-a6e1-92cd07b5f318
DTSTAMP:20250225T091200Z
DTSTART;TZID=America/Montreal:20250305T090000
DTEND;TZID=America/Montreal:20250305T094500
SUMMARY:Entretien Chef de Cuisine (H/F) - Club Med Québec Charlevoix
DESCRIPTION:Bonjour Olivier\,\n\nNous avons le plaisir de vous inviter à u
 n entretien vidéo avec Céline Arnaud (Talent Acquisition Amériques) et
  Yannick Perrot (Chef Exécutif du Resort).\n\nLien : https://clubmed.webe
 x.com/meet/c.arnaud\nNuméro d'accès : +1-855-555-0107 Code : 2634 118 902\n
 \nClub Med – Happy to welcome you!
ORGANIZER;CN=Club Med Talent:mailto:clubmed@smartrecruitersmail.com
ATTENDEE;CN=Olivier Bélanger;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSV
 P=TRUE:mailto:olivier.belanger.cuisine@hotmail.com
ATTENDEE;CN=Céline Arnaud;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ce
 line.arnaud@clubmed.com
ATTENDEE;CN=Yannick Perrot;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:y
 annick.perrot@clubmed.com
LOCATION:Webex
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "sr-interview-1c4e7a90-b3d2-4f85-a6e1-92cd07b5f318", "Club Med", "Chef de Cuisine (H/F)", "",
    "celine.arnaud@clubmed.com;yannick.perrot@clubmed.com", "smartrecruiters-webex-entretien-france-style"))

EVENTS.append(yes("workday", r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc.//Workday Recruiting Scheduling//EN
VERSION:2.0
METHOD:REQUEST
%%TZ:TOR%%
BEGIN:VEVENT
UID:wd-int-sched-2c8e1b55f4a04f09b7d3@myworkday.com
DTSTAMP:20250407T141033Z
DTSTART;TZID=America/Toronto:20250414T130000
DTEND;TZID=America/Toronto:20250414T140000
SUMMARY:Interview: Sr. Chef\, Product Development – President's Choice (R2
 5-009127)
DESCRIPTION:Hello Olivier\,\n\nYou are scheduled for a video interview wi
 th the hiring team.\n\nInterviewers:\n• Amanda Liu – Director\, Culinary
  Innovation\n• Kyle Santos – Sr. Manager\, Product Development (Meat & S
 eafood)\n\nMicrosoft Teams link will be shared by the interviewer.\n\nL
 oblaw Companies Limited – Talent Acquisition
ORGANIZER;CN=Loblaw Talent Acquisition:mailto:loblaw@myworkday.com
ATTENDEE;CN=Olivier Belanger;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSV
 P=TRUE:mailto:olivier.belanger.cuisine@hotmail.com
ATTENDEE;CN=Amanda Liu;ROLE=REQ-PARTICIPANT:mailto:amanda.liu@loblaw.ca
ATTENDEE;CN=Kyle Santos;ROLE=REQ-PARTICIPANT:mailto:kyle.santos@loblaw.ca
LOCATION:Virtual – Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "wd-int-sched-2c8e1b55f4a04f09b7d3@myworkday.com", "Loblaw", "Sr. Chef, Product Development – President's Choice",
    "hiring_manager", "amanda.liu@loblaw.ca;kyle.santos@loblaw.ca", "workday-english-toronto-zone-brand-not-employer"))

EVENTS.append(yes("phone-entry", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250506T182201Z
UID:3E8B5A14-0C2D-4F79-B1E6-7A9D3C5F2E80
DTSTART:20250512T160000
DTEND:20250513T000000
SUMMARY:stage lierre&sel (souper)
LOCATION:Lierre & Sel\, rue Notre-Dame O
DESCRIPTION:Mathilde (proprio) + Félix chef sortant. Poste chef cuisine\,
  il part en sept. Faire le service au poste viande\, ensuite on jase. N
 E PAS oublier thermomètre.
DTSTAMP:20250506T182201Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "3E8B5A14-0C2D-4F79-B1E6-7A9D3C5F2E80", "Lierre & Sel", "chef cuisine", "", "Mathilde;Félix",
    "desktop-typed-lowercase-stage-trial-shift", crlf=False))

EVENTS.append(yes("gcal", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
%%TZ:MTL%%
BEGIN:VEVENT
DTSTART;TZID=America/Montreal:20250318T090000
DTEND;TZID=America/Montreal:20250318T100000
DTSTAMP:20250313T224517Z
ORGANIZER;CN=Yannick Laurier:mailto:yannick.laurier70@gmail.com
UID:6t8y0u2i4o6p8a0s2d4f6g8h0j@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Yannick Laurier;X-NUM-GUESTS=0:mailto:yannick.laurier70@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=olivier.belanger.cuisine@hotmail.com;X-NUM-GUESTS=0:mailto:olivier
 .belanger.cuisine@hotmail.com
DESCRIPTION:On se voit au Bistro Laurier (le 1er\, sur Laurier E) avant l'
 ouverture. Je veux te montrer la cuisine du 3e resto qu'on ouvre en sep
 tembre et voir si tu serais le gars pour superviser les 3 cuisines (chef
  corporatif). Pas besoin de CV\, je l'ai déjà.
LOCATION:Bistro Laurier\, 310 Av. Laurier E\, Montréal
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Olivier / Yannick - déjeuner
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "6t8y0u2i4o6p8a0s2d4f6g8h0j@google.com", "Groupe Bistro Laurier", "chef corporatif", "hiring_manager",
    "yannick.laurier70@gmail.com", "owner-on-gmail-dejeuner-is-job-talk"))
