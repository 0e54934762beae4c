"""holdout194: school groups, founders, agencies and Catholic POs (own interviews). CC0 1.0."""

from holdout194ev_common import E

EVENTS = [
    E("goodtime-inspired", "goodtime-6a1e3f90-c2d7-4b84-9a15-7f0e2c6d8b43",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GoodTime.io//GoodTime Hire//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:goodtime-6a1e3f90-c2d7-4b84-9a15-7f0e2c6d8b43
DTSTAMP:20250206T170000Z
DTSTART:20250213T150000Z
DTEND:20250213T160000Z
SUMMARY:Margaux Lambert - Inspired Education - Secondary Principal (Brussels campus) - Panel
ORGANIZER;CN=Inspired Recruiting Coordination:mailto:scheduling@inspirededu.com
ATTENDEE;CN=Margaux Lambert;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:margaux.lambert65@skynet.be
ATTENDEE;CN=Gareth Collins;ROLE=REQ-PARTICIPANT:mailto:gareth.collins@inspirededu.com
ATTENDEE;CN=Mireille Fabre;ROLE=REQ-PARTICIPANT:mailto:mireille.fabre@inspirededu.com
ATTENDEE;CN=Priya Nair;ROLE=OPT-PARTICIPANT:mailto:priya.nair@inspirededu.com
DESCRIPTION:Interview panel:\n• Gareth Collins – Regional Director of Educa
 tion\, Europe\n• Mireille Fabre – Head of School\n\nPriya Nair (Recruiting
  Coordinator) will open the call and then drop off.\n\nZoom: https://inspi
 red.zoom.us/j/94410233187\n\nScheduled with GoodTime
LOCATION:Zoom
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", interview=1, company="Inspired Education Group", role="Secondary Principal (Brussels campus)",
      stage="onsite", interviewers=["gareth.collins@inspirededu.com", "mireille.fabre@inspirededu.com"],
      trap="goodtime-panel-coordinator-optional"),

    E("zoho-cognita", "zr-interview-772010000004512033@zohorecruit.eu",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Zoho Corporation//Zoho Recruit//EN
METHOD:REQUEST
%TZ_MADRID%
BEGIN:VEVENT
UID:zr-interview-772010000004512033@zohorecruit.eu
DTSTAMP:20250519T084500Z
DTSTART;TZID=Europe/Madrid:20250527T110000
DTEND;TZID=Europe/Madrid:20250527T120000
SUMMARY:Final Interview - Head of Secondary - Cognita Schools Spain
ORGANIZER;CN=Cognita Talent:mailto:talent.spain@cognita.com
ATTENDEE;CN=Margaux Lambert;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:margaux.lambert65@skynet.be
ATTENDEE;CN=Javier Soler;ROLE=REQ-PARTICIPANT:mailto:javier.soler@cognita.com
DESCRIPTION:Entrevista final / Final interview with Javier Soler (Director\,
  Cognita Spain). Bilingual conversation (English/Spanish).\nMicrosoft Team
 s: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Zjk1%40thread.v2
 /0
LOCATION:Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", interview=1, company="Cognita", role="Head of Secondary", stage="final",
      interviewers=["javier.soler@cognita.com"], trap="zoho-recruit-final-madrid-bilingual"),

    E("fondateur-gmail", "4h2j6l8n0p3r5t7v9x1z3b5d7f@google.com",
      r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250315T093000Z
DTEND:20250315T110000Z
DTSTAMP:20250309T202211Z
ORGANIZER;CN=Arnaud Delvigne:mailto:arnaud.delvigne@gmail.com
UID:4h2j6l8n0p3r5t7v9x1z3b5d7f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Arnaud
  Delvigne;X-NUM-GUESTS=0:mailto:arnaud.delvigne@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=margaux.lambert65@skynet.be;X-NUM-GUESTS=0:mailto:margaux.lambert65
 @skynet.be
DESCRIPTION:Bonjour Margaux\,\nSuper de pouvoir se voir samedi ! Comme je t
 e l'écrivais\, on cherche la personne qui prendra la direction pédagogique
  de l'École Gaïa (secondaire à pédagogie active\, ouverture en septembre 2
 026\, reconnaissance FWB en cours). Cécile (cofondatrice) sera là aussi. On
  te montre le bâtiment et on parle de toi\, de ta vision\, et des condition
 s.\nArnaud
LOCATION:Le Phare du Kanaal\, Quai des Charbonnages 40\, Molenbeek
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Margaux x École Gaïa – direction péda
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", interview=1, company="École Gaïa", role="direction pédagogique",
      interviewers=["arnaud.delvigne@gmail.com", "Cécile"], trap="founder-free-mail-saturday-cafe"),

    E("hudson-frb", "hudson-be-cal-20250120-MLAM",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
%TZ_WEUROPE%
BEGIN:VEVENT
UID:hudson-be-cal-20250120-MLAM
DTSTAMP:20250116T150500Z
DTSTART;TZID="W. Europe Standard Time":20250120T180000
DTEND;TZID="W. Europe Standard Time":20250120T183000
SUMMARY:Tel. Hudson – Margaux Lambert
ORGANIZER;CN="Van Hoof, Sarah":mailto:sarah.vanhoof@hudson.com
ATTENDEE;CN="Margaux Lambert";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:margaux.lambert65@skynet.be
LOCATION:Téléphone – je vous appelle au 0475 62 18 09
DESCRIPTION:Bonjour Madame Lambert\,\nMerci pour votre réponse. Comme indiqu
 é\, je mène pour la Fondation Roi Baudouin le recrutement d'un·e Project Ma
 nager – Enseignement & Égalité des chances. Lors de cet appel je vous pose
 rai quelques questions sur votre parcours et vos motivations avant une éven
 tuelle présentation au client.\nBien à vous\,\nSarah Van Hoof\nSenior Consu
 ltant\, Hudson Belgium
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", interview=1, company="Fondation Roi Baudouin", role="Project Manager – Enseignement & Égalité des chances",
      stage="recruiter_screen", interviewers=["sarah.vanhoof@hudson.com"],
      trap="agency-screen-named-client-in-description", crlf=True),

    E("recruitee-becode", "recruitee-event-19928371@recruitee.com",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Recruitee//Recruitee//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:recruitee-event-19928371@recruitee.com
DTSTAMP:20250505T091200Z
DTSTART:20250513T140000Z
DTEND:20250513T150000Z
SUMMARY:Interview: Margaux Lambert / Head of Pedagogy (BeCode)
ORGANIZER;CN=BeCode Hiring:mailto:jobs@becode.recruitee.com
ATTENDEE;CN=Margaux Lambert;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:margaux.lambert65@skynet.be
ATTENDEE;CN=Karel De Smet;ROLE=REQ-PARTICIPANT:mailto:karel@becode.org
DESCRIPTION:Meet Karel De Smet (CEO) for the Head of Pedagogy position.\nL
 ocation: BeCode Brussels\, Cantersteen 10 (Galerie Ravenstein)\, 1000 Bruss
 els\n\nPowered by Recruitee
LOCATION:BeCode Brussels\, Cantersteen 10
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", interview=1, company="BeCode", role="Head of Pedagogy", stage="hiring_manager",
      interviewers=["karel@becode.org"], trap="recruitee-ceo-meeting"),

    E("saint-michel-po", "20250227T2033-ML-desktop@skynet",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
%TZ_WEUROPE%
BEGIN:VEVENT
UID:20250227T2033-ML-desktop@skynet
DTSTAMP:20250227T193300Z
DTSTART;TZID="W. Europe Standard Time":20250318T190000
DTEND;TZID="W. Europe Standard Time":20250318T203000
SUMMARY:CA du PO Collège St-Michel – audition candidats direction
LOCATION:Collège Saint-Michel\, bd Saint-Michel 24 – salle du conseil
DESCRIPTION:C'est MOI qui passe (pas moi qui fais passer !). 3 candidats reç
 us ce soir\, je suis la 2e (19h20 ?). Président du CA : M. de Lannoy. Prép
 arer : identité chrétienne de l'école\, lien avec la pastorale\, projet éduc
 atif jésuite.
CLASS:PRIVATE
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", interview=1, company="Collège Saint-Michel", role="direction", interviewers=["M. de Lannoy"],
      trap="self-typed-audition-candidats-she-is-candidate", crlf=True),

    E("saint-andre", "040000008200E00074C5B7101A82E008000000003E4F5A6B7C8DDB01000000000000000010000000DD11",
      r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%TZ_WEUROPE%
BEGIN:VEVENT
ORGANIZER;CN="Direction - Institut Saint-André":mailto:direction@saint-andre-ixelles.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=margaux.lambert65@skynet.be:mailto:margaux
 .lambert65@skynet.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Pirson, Véronique":mailto:v.pirson@saint-andr
 e-ixelles.be
DESCRIPTION;LANGUAGE=fr-BE:Chère Madame\,\n\nLe Pouvoir organisateur souhaite
  vous rencontrer dans le cadre du recrutement d'un·e directeur·rice adjoint·e
  (entrée en fonction au 1er septembre\, en vue de la succession de la direc
 tion en 2027). Vous serez reçue par Mme Véronique Pirson\, directrice\, et u
 n administrateur du PO.\n\nBien à vous\,\nSecrétariat de direction\n
UID:040000008200E00074C5B7101A82E008000000003E4F5A6B7C8DDB01000000000000000010000000DD11
SUMMARY;LANGUAGE=fr-BE:Rencontre PO - candidature direction adjointe
DTSTART;TZID=W. Europe Standard Time:20250430T141500
DTEND;TZID=W. Europe Standard Time:20250430T151500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250416T095044Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-BE:Institut Saint-André\, rue de la Croix 40\, Ixelles
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", interview=1, company="Institut Saint-André", role="directeur·rice adjoint·e",
      interviewers=["v.pirson@saint-andre-ixelles.be"], trap="catholic-po-rencontre-lateral-deputy-post",
      crlf=True),

    E("calcom-verseau", "calcom-8x2Kq1pLmN4vR7sT@cal.com",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Cal.com Inc.//Cal.com Event//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:calcom-8x2Kq1pLmN4vR7sT@cal.com
DTSTAMP:20250428T194411Z
DTSTART:20250514T080000Z
DTEND:20250514T090000Z
SUMMARY:Entretien direction secondaire between Benoît Hallet and Margaux Lambert
ORGANIZER;CN=Benoît Hallet:mailto:b.hallet@leverseau.be
ATTENDEE;CN=Margaux Lambert;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:margaux.lambert65@skynet.be
DESCRIPTION:Quoi : Entretien direction secondaire\nQui : Benoît Hallet - Or
 ganisateur (Administrateur délégué\, École Internationale Le Verseau)\nMarg
 aux Lambert - Invité\nOù : Rue de Wavre 60\, 1301 Bierges\n\nNeed to make
  a change? Cancel or reschedule: https://cal.com/booking/8x2Kq1pLmN4vR7sT
LOCATION:Rue de Wavre 60\, 1301 Bierges
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", interview=1, company="École Internationale Le Verseau", role="direction secondaire",
      interviewers=["b.hallet@leverseau.be"], trap="calcom-between-x-and-y-title"),

    E("personio-vauban", "personio-interview-3300918-vauban",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
%TZ_LUX%
BEGIN:VEVENT
UID:personio-interview-3300918-vauban
DTSTAMP:20250523T103322Z
DTSTART;TZID=Europe/Luxembourg:20250603T170000
DTEND;TZID=Europe/Luxembourg:20250603T180000
SUMMARY:Entretien | Conseillère principale d'éducation / Adjointe vie scolaire – Lycée Vauban
ORGANIZER;CN=Lycée Vauban - Recrutement:mailto:recrutement@vauban.lu
ATTENDEE;CN=Margaux Lambert;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:margaux.lambert65@skynet.be
ATTENDEE;CN=Philippe Roux;ROLE=REQ-PARTICIPANT:mailto:proviseur@vauban.lu
DESCRIPTION:Madame\,\nVous êtes conviée à un entretien en visioconférence av
 ec M. Philippe Roux\, Proviseur.\nLien : https://vauban.webex.com/meet/prov
 iseur\n\nCe rendez-vous a été créé via Personio.
LOCATION:Webex
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", interview=1, company="Lycée Vauban", role="Conseillère principale d'éducation / Adjointe vie scolaire",
      stage="hiring_manager", interviewers=["proviseur@vauban.lu"], trap="personio-luxembourg-french-lycee"),
]
