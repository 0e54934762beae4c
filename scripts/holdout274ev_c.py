# ruff: noqa: E501, W291, W293, RUF100
"""holdout274, part C: negatives with the user on the hiring or assessing side (her administration's
trainee selection panel, juries, mobility interviews, agencies presenting candidates)."""

from holdout274ev_zones import TZ_BRU_APPLE, TZ_BRU_GOOGLE, TZ_ROMANCE, TZ_UTC01, TZ_WEST

FORMS: dict[str, str] = {}

EVENTS = [
    dict(
        kind="outlook-panel-block",
        uid="040000008200E00074C5B7101A82E00800000000567CAAD098EB9A5A000000000000000010000000B641826E24203ED97EEDEF85797C770B",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-trainee-panel-morning-block",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEST}BEGIN:VEVENT
ORGANIZER;CN="Willems Jeroen":mailto:j.willems@brussel-innovatie.example.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="De Smet-L
 efort Katrien":mailto:kdesmet@brussel-innovatie.example.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Claessens Vee
 rle":mailto:v.claessens@brussel-innovatie.example.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Dufour Nicola
 s":mailto:n.dufour@brussel-innovatie.example.be
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;C
 N="BI - Vergaderzaal Senne (6p)":mailto:zaal.senne@brussel-innovatie.examp
 le.be
DESCRIPTION;LANGUAGE=nl-BE:Beste panelleden\,\n\nHierbij het ochtendblok va
 n de selectiegesprekken voor het Stageprogramma 2026 (5 maanden\, start 1 
 oktober):\n\n09:00 kandidaat 1 - Sofie Claes\n09:45 kandidaat 2 - Yusuf De
 mir\n10:30 pauze\n10:45 kandidaat 3 - Amira Benhaddou\n11:30 kandidaat 4 - 
 Lukas Peeters\n\nVoorzitter: Veerle. Katrien neemt de motivatievragen\, Nic
 olas de Franstalige vragen. Scoreformulier en interviewleidraad staan op 
 SharePoint > HR > Stages 2026 > Panel. Graag per kandidaat scoren vóór de 
 volgende binnenkomt.\n\nDank!\nJeroen (HR - stages)\n
UID:040000008200E00074C5B7101A82E00800000000567CAAD098EB9A5A00000000000000
 0010000000B641826E24203ED97EEDEF85797C770B
SUMMARY;LANGUAGE=nl-BE:Selectiepanel stagiairs 2026 - interviews ochtendblok
  (kandidaten 1-4)
DTSTART;TZID=W. Europe Standard Time:20260305T090000
DTEND;TZID=W. Europe Standard Time:20260305T121500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260223T101505Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-BE:BI - Vergaderzaal Senne (6p)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-1377251066
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-all-day-deadline",
        uid="040000008200E00074C5B7101A82E00800000000618B459AA8C9936C000000000000000010000000E99FEA66FE3696F806FFE74CF49461ED",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-evaluation-grid-deadline-all-day",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
{TZ_ROMANCE}BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20260305T133012Z
DESCRIPTION:Evaluatieroosters (scoreformulieren) voor alle 8 kandidaten van 
 het stagepanel invullen op SharePoint + consensusvoorstel. Jeroen heeft d
 ie nodig voor de deliberatie.\n
DTEND;VALUE=DATE:20260311
DTSTAMP:20260305T133012Z
DTSTART;VALUE=DATE:20260310
LAST-MODIFIED:20260305T133012Z
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=nl-be:DEADLINE evaluatieroosters stagiairs (scores kandida
 ten)
TRANSP:TRANSPARENT
UID:040000008200E00074C5B7101A82E00800000000618B459AA8C9936C000000000000000010000000E99FEA66FE3696F806FFE74CF49461ED
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-AUTOFILLLOCATION:FALSE
X-MS-OLK-CONFTYPE:0
BEGIN:VALARM
TRIGGER:-PT15H
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-invite-french",
        uid="040000008200E00074C5B7101A82E00800000000EFDA3FD288391B7800000000000000001000000050A8CAEADCE64AC8314BCF84ABA11A62",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-jury-deliberation-french",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEST}BEGIN:VEVENT
ORGANIZER;CN="Willems Jeroen":mailto:j.willems@brussel-innovatie.example.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="De Smet-L
 efort Katrien":mailto:kdesmet@brussel-innovatie.example.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Claessens Vee
 rle":mailto:v.claessens@brussel-innovatie.example.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Dufour Nicola
 s":mailto:n.dufour@brussel-innovatie.example.be
DESCRIPTION;LANGUAGE=fr-BE:Bonjour à tous\,\n\nDélibération du jury de sél
 ection des stagiaires 2026 : consolidation des grilles d'évaluation\, cla
 ssement consensuel des 8 candidat·e·s et constitution de la réserve (3 pl
 aces + 2 en réserve). Merci d'apporter vos notes d'entretien.\n\nJeroen\n
UID:040000008200E00074C5B7101A82E00800000000EFDA3FD288391B7800000000000000
 001000000050A8CAEADCE64AC8314BCF84ABA11A62
SUMMARY;LANGUAGE=fr-BE:Délibération du jury - stagiaires 2026 - classement
DTSTART;TZID=W. Europe Standard Time:20260312T140000
DTEND;TZID=W. Europe Standard Time:20260312T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260305T161844Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-BE:BI - Salle Senne / Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:1450028631
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-recurring-override",
        uid="040000008200E00074C5B7101A82E00800000000833670BCA4EC52680000000000000000100000006D45B3CEA95D02F71EDAE0EB6DC40902",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-recurring-series-recurrence-id-override",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEST}BEGIN:VEVENT
ORGANIZER;CN="Willems Jeroen":mailto:j.willems@brussel-innovatie.example.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="De Smet-L
 efort Katrien":mailto:kdesmet@brussel-innovatie.example.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Claessens Vee
 rle":mailto:v.claessens@brussel-innovatie.example.be
DESCRIPTION;LANGUAGE=en-US:Remote interviews with the non-resident trainee 
 candidates (Erasmus / EU-mobility track). Panel: Katrien De Smet-Lefort (
 lead) + Veerle Claessens. Candidate names and CVs are added to each occur
 rence in the SharePoint planning. Teams link per occurrence.\n
RRULE:FREQ=WEEKLY;COUNT=3;BYDAY=TU
UID:040000008200E00074C5B7101A82E00800000000833670BCA4EC526800000000000000
 00100000006D45B3CEA95D02F71EDAE0EB6DC40902
SUMMARY;LANGUAGE=en-US:Trainee interviews (remote track) - panel KDS/VC
DTSTART;TZID=W. Europe Standard Time:20260317T140000
DTEND;TZID=W. Europe Standard Time:20260317T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260309T091233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-880125733
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:1
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Willems Jeroen":mailto:j.willems@brussel-innovatie.example.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="De Smet-L
 efort Katrien":mailto:kdesmet@brussel-innovatie.example.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Claessens Vee
 rle":mailto:v.claessens@brussel-innovatie.example.be
DESCRIPTION;LANGUAGE=en-US:MOVED to Wednesday (Veerle in COCOF committee on
  Tuesday). Candidates this week: Tomasz Zieliński (14:00)\, Inès Moulin (1
 5:00).\n
RECURRENCE-ID;TZID=W. Europe Standard Time:20260324T140000
UID:040000008200E00074C5B7101A82E00800000000833670BCA4EC526800000000000000
 00100000006D45B3CEA95D02F71EDAE0EB6DC40902
SUMMARY;LANGUAGE=en-US:Trainee interviews (remote track) - panel KDS/VC
DTSTART;TZID=W. Europe Standard Time:20260325T140000
DTEND;TZID=W. Europe Standard Time:20260325T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260318T155902Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:-880125733
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:3
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-reply-accepted",
        uid="040000008200E00074C5B7101A82E0080000000080E10BF6592D74C100000000000000001000000082A7EE26438A0CF83BEDC177499F7200",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-candidate-accepted-reply",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20260305T080000Z
DTEND:20260305T084500Z
DTSTAMP:20260224T183012Z
ORGANIZER;CN=De Smet-Lefort Katrien:mailto:kdesmet@brussel-innovatie.exampl
 e.be
UID:040000008200E00074C5B7101A82E0080000000080E10BF6592D74C100000000000000
 001000000082A7EE26438A0CF83BEDC177499F7200
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sofie 
 Claes;X-NUM-GUESTS=0:mailto:sofie.claes99@gmail.com
COMMENT:Dank u voor de uitnodiging\, ik zal er zijn!
CREATED:20260224T101502Z
LAST-MODIFIED:20260224T183012Z
LOCATION:BI - Vergaderzaal Senne (6p)\, Brussel Innovatie\, Kunstlaan 21\, 
 1000 Brussel
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Selectiegesprek Stageprogramma 2026 - Sofie Claes
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="bookings-staff-host",
        uid="040000008200E00074C5B7101A82E00800000000F9F4828B732451C80000000000000000100000004A293A9E5CD6D49C5C13030204994E54",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-bookings-staff-host",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_ROMANCE}BEGIN:VEVENT
ORGANIZER;CN=BI Stageprogramma - Interviews:mailto:BIStageInterviews@brussel
 -innovatie.example.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=De Smet-Lef
 ort Katrien:mailto:kdesmet@brussel-innovatie.example.be
DESCRIPTION;LANGUAGE=nl-BE:New booking\n\nService: Selectiegesprek Stagepro
 gramma 2026 (online)\nStaff: Katrien De Smet-Lefort\nCustomer: Yusuf Demir
 \nCustomer e-mail: yusuf.demir.be@outlook.com\nCustomer phone: +32 486 20 
 71 39\n\nCustomer notes: Ik volg de master EU-studies aan de VUB\, graag in
  het Nederlands of Engels.\n\nJoin online: https://teams.microsoft.com/l/m
 eetup-join/19%3ameeting_ZDk0MjA2NmMtMjc4Ni00%40thread.v2/0\n
UID:040000008200E00074C5B7101A82E00800000000F9F4828B732451C80000000000000000100000004A293A9E5CD6D49C5C13030204994E54
SUMMARY;LANGUAGE=nl-BE:Selectiegesprek Stageprogramma 2026 (online) - Yusuf
  Demir
DTSTART;TZID=Romance Standard Time:20260306T103000
DTEND;TZID=Romance Standard Time:20260306T111500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260226T082244Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-BE:Online
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:TRUE
X-BOOKINGS-SERVICE-ID:a9e07c4b-1f3d-4d2e-8b61-0c5f7e2a9d44
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="bosa-jury-invite",
        uid="ANG26031-JURY-20260318-0900-EXT044@talent.bosa.example.be",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-federal-jury-member-same-selection-office",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//BOSA//Talent Selecties 2.4//NL
METHOD:REQUEST
{TZ_BRU_GOOGLE}BEGIN:VEVENT
UID:ANG26031-JURY-20260318-0900-EXT044@talent.bosa.example.be
DTSTAMP:20260302T141010Z
SEQUENCE:0
STATUS:CONFIRMED
DTSTART;TZID=Europe/Brussels:20260318T090000
DTEND;TZID=Europe/Brussels:20260318T170000
ORGANIZER;CN=BOSA Talent - Jurybeheer:mailto:jury@talent.bosa.example.be
ATTENDEE;CN=De Smet-Lefort Katrien;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:kd
 esmet@brussel-innovatie.example.be
SUMMARY:Jurylid (extern expert) - selectie ANG26031 Attaché Regionaal Innov
 atiebeleid (POD Wetenschapsbeleid) - mondelinge proeven
LOCATION:Selectiecentrum BOSA\, Koning Albert II-laan 51\, 1030 Schaerbeek 
 - jurylokaal 4
DESCRIPTION:Geachte mevrouw De Smet-Lefort\,\n\nHartelijk dank dat u als ex
 tern expert wil zetelen in de jury van de selectie ANG26031. Op deze dag 
 worden 6 kandidaten bevraagd (interviews van 60 minuten).\n\n08:30 brief
 ing jury (voorzitter: selectieverantwoordelijke BOSA)\n09:00-16:30 intervi
 ews + deliberatie per kandidaat\n\nDe kandidatendossiers en het evaluatie
 rooster vindt u in het jury-portaal. U tekent ter plaatse een verklaring 
 van onpartijdigheid en vertrouwelijkheid. Uw presentiegeld wordt via het 
 jury-portaal aangevraagd.\n\nBOSA Talent - Jurybeheer
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="agency-candidate-presentation",
        uid="040000008200E00074C5B7101A82E00800000000C959F4D7423226D7000000000000000010000000FECE9E0532484D3292E4FE77FF84A7EC",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-agency-presents-candidate",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEST}BEGIN:VEVENT
ORGANIZER;CN=Dries Lenaerts:mailto:dries.lenaerts@interimplus.example.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kdesmet@br
 ussel-innovatie.example.be:mailto:kdesmet@brussel-innovatie.example.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Inès Moulin:ma
 ilto:ines.moulin.pro@gmail.com
DESCRIPTION;LANGUAGE=nl-BE:Dag Katrien\,\n\nZoals afgesproken stel ik je gr
 aag onze kandidaat voor voor de interimopdracht Projectmedewerker Innovat
 ievouchers (6 maanden\, vervanging zwangerschapsverlof): Inès Moulin\, ma
 ster Economie (ULB)\, 2 jaar ervaring bij een Waalse subsidieadministratie
 \, tweetalig FR/NL. CV in bijlage.\n\nHet gesprek duurt 45 minuten: ik sta
 rt met een korte voorstelling\, daarna kan jij je vragen stellen. Laat me
  nadien je feedback weten.\n\nGroeten\,\nDries Lenaerts\nConsultant Public
  Sector - Interim Plus Brussels\n\n_______________________________________
 _________________________________________\nMicrosoft Teams-vergadering\nK
 lik hier om deel te nemen aan de vergadering<https://teams.microsoft.com/
 l/meetup-join/19%3ameeting_NTY1MmZkMWYtNWQxMC00%40thread.v2/0>\nVergaderin
 g-id: 377 019 552 846\nWachtwoordcode: c8TqR3\n__________________________
 ______________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000C959F4D7423226D700000000000000
 0010000000FECE9E0532484D3292E4FE77FF84A7EC
SUMMARY;LANGUAGE=nl-BE:Kandidaatvoorstelling Inès Moulin - Projectmedewerker
  innovatievouchers (interim) - Interim Plus
DTSTART;TZID=W. Europe Standard Time:20260120T150000
DTEND;TZID=W. Europe Standard Time:20260120T154500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260115T113800Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-BE:Microsoft Teams-vergadering
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:304519887
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-self-block",
        uid="040000008200E00074C5B7101A82E008000000001CEA5223CB06D279000000000000000010000000F46EF4BC347F2E831E72BB265E29118E",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-written-test-marking-block",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
{TZ_ROMANCE}BEGIN:VEVENT
CLASS:PRIVATE
CREATED:20260219T080512Z
DESCRIPTION:Correction des épreuves écrites des candidat·e·s stagiaires (lo
 t 2 : copies 7 à 14)\, double correction avec Nicolas. Grille : structure
  / analyse / langue. Anonymat : ne pas ouvrir le fichier de correspondance
  avant d'avoir encodé les notes.\n
DTEND;TZID="Romance Standard Time":20260223T170000
DTSTAMP:20260219T080512Z
DTSTART;TZID="Romance Standard Time":20260223T140000
LAST-MODIFIED:20260219T080512Z
LOCATION:bureau - ne pas déranger
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-be:Correction épreuve écrite stagiaires (double correct
 ion) - lot 2
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000001CEA5223CB06D279000000000000000010000000F46EF4BC347F2E831E72BB265E29118E
X-MICROSOFT-CDO-BUSYSTATUS:OOF
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-AUTOFILLLOCATION:FALSE
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E0080000000007D7AB9EED8E577F000000000000000010000000C174667B974E82CE50D057AB870C78C7",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-panel-briefing-bias-scoring",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEST}BEGIN:VEVENT
ORGANIZER;CN="Haddou Samira":mailto:s.haddou@brussel-innovatie.example.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="De Smet-L
 efort Katrien":mailto:kdesmet@brussel-innovatie.example.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Claessens Vee
 rle":mailto:v.claessens@brussel-innovatie.example.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Dufour Nicola
 s":mailto:n.dufour@brussel-innovatie.example.be
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Willems J
 eroen":mailto:j.willems@brussel-innovatie.example.be
DESCRIPTION;LANGUAGE=nl-BE:Briefing voor de panelleden van de stageselectie
  2026: interviewleidraad\, STAR-vragen\, scoringsschaal 1-5\, hoe omgaan 
 met onbewuste vooroordelen\, taalregeling (kandidaten kiezen NL of FR)\, G
 DPR en bewaartermijn van de notities.\n
UID:040000008200E00074C5B7101A82E0080000000007D7AB9EED8E577F000000000000000010000000C174667
 B974E82CE50D057AB870C78C7
SUMMARY;LANGUAGE=nl-BE:Briefing panelleden - selectie stagiairs 2026 (scori
 ng + bias)
DTSTART;TZID=W. Europe Standard Time:20260226T110000
DTEND;TZID=W. Europe Standard Time:20260226T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260216T094500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-BE:Microsoft Teams-vergadering
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:1187304420
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-hand-typed",
        uid="A25EBFCA-4BC5-4265-B6AA-68A40D3FD269",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-hand-typed-jobstudent",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
{TZ_BRU_APPLE}BEGIN:VEVENT
CREATED:20260408T061120Z
DTEND;TZID=Europe/Brussels:20260413T163000
DTSTAMP:20260408T061145Z
DTSTART;TZID=Europe/Brussels:20260413T160000
LAST-MODIFIED:20260408T061145Z
SEQUENCE:0
SUMMARY:intvw jobstudent zomer - Lotte V.
DESCRIPTION:zij solliciteert voor jobstudent juli (archief vouchers)\, 30 m
 in\, vragen: excel\, NL/FR\, beschikbaarheid. CV in mail van Jeroen
LOCATION:mijn bureau 4e
UID:A25EBFCA-4BC5-4265-B6AA-68A40D3FD269
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT10M
UID:7CBD5CC2-F8EE-4CA4-A4CC-D6D101CAE158
X-WR-ALARMUID:7CBD5CC2-F8EE-4CA4-A4CC-D6D101CAE158
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-self-block",
        uid="040000008200E00074C5B7101A82E00800000000281806B28BB14CD10000000000000000100000001428D7D3215272667C43D67540F2C5C1",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-reference-check-caller",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
{TZ_ROMANCE}BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20260313T084400Z
DESCRIPTION:Referentiecheck voor onze topkandidate stage (Amira Benhaddou) 
 - ik bel haar ex-begeleider prof. Dumoulin (ULB) op +32 2 650 38 71. Vrag
 en: zelfstandigheid\, schrijfvaardigheid\, teamwerk. Notities in HR-dossi
 er.\n
DTEND;TZID="Romance Standard Time":20260316T113000
DTSTAMP:20260313T084400Z
DTSTART;TZID="Romance Standard Time":20260316T111000
LAST-MODIFIED:20260313T084400Z
LOCATION:tel.
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=nl-be:Referentiecheck kandidate Amira B. (bellen prof. Dum
 oulin)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000281806B28BB14CD10000000000000000100000001428D7D3215272667C43D67540F2C5C1
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-AUTOFILLLOCATION:FALSE
X-MS-OLK-CONFTYPE:0
BEGIN:VALARM
TRIGGER:-PT5M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-invite",
        uid="040000008200E00074C5B7101A82E00800000000E1DAC8AC5FEC4F7F00000000000000001000000056819FC9BC1CD7B0707FD3B5AED52362",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-organizer-thesis-intern-gesprek",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEST}BEGIN:VEVENT
ORGANIZER;CN="De Smet-Lefort Katrien":mailto:kdesmet@brussel-innovatie.exam
 ple.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=hanne.vers
 traete@student.ugent.example.be:mailto:hanne.verstraete@student.ugent.exam
 ple.be
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Baert Els
 ":mailto:e.baert@brussel-innovatie.example.be
DESCRIPTION;LANGUAGE=nl-BE:Dag Hanne\,\n\nBedankt voor je kandidatuur voor 
 de masterproefstage (februari-mei) rond de impact van innovatievouchers. 
 Graag leren we je kennen in een kort gesprek van 30 minuten met mij en m
 ijn collega Els Baert. Je hoeft niets voor te bereiden.\n\nVriendelijke g
 roeten\,\nKatrien De Smet-Lefort\nBeleidsmedewerker - Brussel Innovatie\n\n_____
 _____________________________________________________________________
 ______\nMicrosoft Teams-vergadering\nKlik hier om deel te nemen aan de verg
 adering<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjE1YzQ2ODct
 NDI0Mi00%40thread.v2/0>\nVergadering-id: 395 004 817 263\nWachtwoordcode: 
 Ke3Mz7\n_______________________________________________________________
 _________________\n
UID:040000008200E00074C5B7101A82E00800000000E1DAC8AC5FEC4F7F000000000000000010000000568
 19FC9BC1CD7B0707FD3B5AED52362
SUMMARY;LANGUAGE=nl-BE:Gesprek kandidaat-stagiair masterproef - Hanne Verst
 raete
DTSTART;TZID=W. Europe Standard Time:20260114T100000
DTEND;TZID=W. Europe Standard Time:20260114T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260109T141201Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-BE:Microsoft Teams-vergadering
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:1902455381
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E00800000000A67300EFA8DEBFEA00000000000000001000000022555903FB56CB938BF38AD017E6B0A8",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-observer-candidate-presentations",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_UTC01}BEGIN:VEVENT
ORGANIZER;CN="Haddou Samira":mailto:s.haddou@brussel-innovatie.example.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="De Smet-L
 efort Katrien":mailto:kdesmet@brussel-innovatie.example.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Van den Eynde
  Peter":mailto:p.vandeneynde@brussel-innovatie.example.be
DESCRIPTION;LANGUAGE=en-US:Dear Katrien\,\n\nThank you for agreeing to act 
 as an observer during the candidates' presentations for the Head of Fina
 nce & Control selection (external recruitment). Three shortlisted candida
 tes will each give a 20-minute presentation followed by 15 minutes of que
 stions from the Director-General. Please use the observation grid (behavi
 oural indicators: strategic vision\, communication\, stakeholder managemen
 t) and share your ratings with me by Friday.\n\nBest regards\,\nSamira Had
 dou\nHead of HR\n
UID:040000008200E00074C5B7101A82E00800000000A67300EFA8DEBFEA00000000000000001000000022555
 903FB56CB938BF38AD017E6B0A8
SUMMARY;LANGUAGE=en-US:Head of Finance selection - candidates' presentatio
 ns (observer)
DTSTART;TZID="(UTC+01:00) Brussels, Copenhagen, Madrid, Paris":20260402T0900
 00
DTEND;TZID="(UTC+01:00) Brussels, Copenhagen, Madrid, Paris":20260402T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260325T103320Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:BI - Vergaderzaal Zenne (12p)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-455120378
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-invite",
        uid="040000008200E00074C5B7101A82E00800000000E5BE4455CA04589300000000000000001000000035C70E9212E2AD0619D95680781EF83B",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-user-name-in-panel-subject",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEST}BEGIN:VEVENT
ORGANIZER;CN="Willems Jeroen":mailto:j.willems@brussel-innovatie.example.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Oumar Diallo:m
 ailto:oumar.diallo.bxl@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="De Smet-L
 efort Katrien":mailto:kdesmet@brussel-innovatie.example.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Claessens Vee
 rle":mailto:v.claessens@brussel-innovatie.example.be
DESCRIPTION;LANGUAGE=en-US:Dear Mr Diallo\,\n\nWe are pleased to invite you
  to an interview for the position of Policy Officer (m/f/x) - Innovation 
 Ecosystems (ref. EXT-2026-05) at Brussel Innovatie.\n\nPanel: Katrien De S
 met-Lefort (Policy Officer) and Veerle Claessens (Head of Unit Policy & S
 trategy).\n\nKind regards\,\nJeroen Willems\nHR - Recruitment\n\n_________
 _______________________________________________________________________\nM
 icrosoft Teams meeting\nJoin on your computer\, mobile app or room device
 \nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join
 /19%3ameeting_MGE3ZTlkYjEtZmJhYS00%40thread.v2/0>\nMeeting ID: 366 120 804 
 557\nPasscode: yK2sW9\n______________________________________________________
 __________________________\n
UID:040000008200E00074C5B7101A82E00800000000E5BE4455CA04589300000000000000001000000035C70
 E9212E2AD0619D95680781EF83B
SUMMARY;LANGUAGE=en-US:Interview: Policy Officer (m/f/x) - candidate 3 - pan
 el: K. De Smet-Lefort\, V. Claessens
DTSTART;TZID=W. Europe Standard Time:20260128T100000
DTEND;TZID=W. Europe Standard Time:20260128T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260121T090017Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-1740023915
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="successfactors-panel-notice",
        uid="SF-INT-2026-044-000512-1@successfactors.example.eu",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-ats-panel-notice-same-ats-as-candidate",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling 2.0//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SF-INT-2026-044-000512-1@successfactors.example.eu
DTSTAMP:20260130T111502Z
DTSTART:20260209T130000Z
DTEND:20260209T140000Z
ORGANIZER;CN=Sara El Idrissi:mailto:s.elidrissi@talent-brussels.example.be
ATTENDEE;CN=Katrien De Smet-Lefort;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTI
 ON;RSVP=TRUE:mailto:kdesmet@brussel-innovatie.example.be
ATTENDEE;CN=Tomasz Zielinski;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:
 tomasz.zielinski.data@gmail.com
SUMMARY:Interview: Data Analyst - Innovation Monitoring (Req ID 2026-044) -
  Tomasz Zielinski
DESCRIPTION:Dear Katrien\,\n\nYou have been added as an interviewer for the
  following interview.\n\nCandidate: Tomasz Zielinski\nPosition: Data Analy
 st - Innovation Monitoring (Req ID 2026-044)\, Brussel Innovatie\nIntervie
 w type: Technical interview (panel)\nInterviewer(s): Katrien De Smet-Lefor
 t\, Sara El Idrissi\n\nThe candidate's resume and the interview guide are 
 available in the Interview Central tile. Please submit your ratings in Su
 ccessFactors within 48 hours.\n\nThis message was sent by SAP SuccessFact
 ors on behalf of talent.brussels.
LOCATION:Brussel Innovatie\, Kunstlaan 21\, 1000 Brussel - zaal Senne
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E008000000001A0376FF993B6BBD000000000000000010000000FA266A8BD2C5FE80042760EA67B3C808",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-role-player-assessment",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEST}BEGIN:VEVENT
ORGANIZER;CN=Lotte Wouters:mailto:l.wouters@assessorpartners.example.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="De Smet-L
 efort Katrien":mailto:kdesmet@brussel-innovatie.example.be
DESCRIPTION;LANGUAGE=nl-BE:Dag Katrien\,\n\nFijn dat je wil meewerken als r
 ollenspeler voor het assessment Diensthoofd Financiën & Controle. Je speel
 t een medewerker die al drie keer een deadline heeft gemist. De kandidate
 n voeren met jou een functioneringsgesprek van 20 minuten\; ik observeer 
 en scoor. Je rolinstructie volgt per mail. Na elk rollenspel geef je me 
 kort je indruk (5 min).\n\nKandidaten 1-3\, start 13:30.\n\nLotte Wouters\n
 Assessor Partners\n
UID:040000008200E00074C5B7101A82E008000000001A0376FF993B6BBD000000000000000010000000FA266A8
 BD2C5FE80042760EA67B3C808
SUMMARY;LANGUAGE=nl-BE:Rollenspeler assessment Diensthoofd Financiën (kandi
 daten 1-3)
DTSTART;TZID=W. Europe Standard Time:20260327T133000
DTEND;TZID=W. Europe Standard Time:20260327T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260319T120045Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-BE:Brussel Innovatie - zaal Zenne
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:640118927
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E00800000000894F83CE0DFB3F5A000000000000000010000000E863166B2F6D9DAE823CE723FBA209D7",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-internal-mobility-candidate",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Claessens Veerle":mailto:v.claessens@brussel-innovatie.exampl
 e.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="De Smet-L
 efort Katrien":mailto:kdesmet@brussel-innovatie.example.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ait Ali Karim
 ":mailto:k.aitali@brussel-innovatie.example.be
DESCRIPTION;LANGUAGE=nl-BE:Mobiliteitsgesprek met Karim Ait Ali (dienst Sub
 sidies) die zich kandidaat stelt voor de vrije plaats in ons team via int
 erne mobiliteit. Katrien\, kan jij de inhoudelijke vragen over evaluatie 
 en monitoring nemen? Ik doe motivatie en praktische afspraken. Daarna 5 m
 in debrief met z'n tweeën.\n
UID:040000008200E00074C5B7101A82E00800000000894F83CE0DFB3F5A000000000000000010000000E86316
 6B2F6D9DAE823CE723FBA209D7
SUMMARY;LANGUAGE=nl-BE:Mobiliteitsgesprek kandidaat interne mobiliteit - Ka
 rim Ait Ali
DTSTART;TZID=Romance Standard Time:20260218T100000
DTEND;TZID=Romance Standard Time:20260218T110000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20260211T161133Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-BE:bureau Veerle (4.12)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-1320446801
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-self-block",
        uid="040000008200E00074C5B7101A82E00800000000751EDCF0835F222D000000000000000010000000C5D8920A55504AA5BFF515447EB42A84",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-cv-screening-block",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
{TZ_ROMANCE}BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20260210T071801Z
DESCRIPTION:62 kandidaturen stageprogramma -> Jeroen heeft gefilterd op ad
 missievoorwaarden. Ik lees de 24 resterende CV's + motivatiebrieven en ge
 ef ja/nee/misschien in de Excel (kolom KDS). Doel: 8 kandidaten uitnodige
 n voor gesprek.\n
DTEND;TZID="Romance Standard Time":20260216T120000
DTSTAMP:20260210T071801Z
DTSTART;TZID="Romance Standard Time":20260216T090000
LAST-MODIFIED:20260210T071801Z
LOCATION:
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=nl-be:Prep: CV's stagiairs lezen + voorselectie
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000751EDCF0835F222D000000000000000010000000C5D8920A55504AA5BFF515447EB42A84
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-AUTOFILLLOCATION:FALSE
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-all-day",
        uid="040000008200E00074C5B7101A82E0080000000044C0871838387F260000000000000000100000002DC87EEC78DAC153E579400786F8F7B7",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-job-fair-speed-interviews-employer-stand",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEST}BEGIN:VEVENT
ORGANIZER;CN="Willems Jeroen":mailto:j.willems@brussel-innovatie.example.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="De Smet-L
 efort Katrien":mailto:kdesmet@brussel-innovatie.example.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Baert Els":ma
 ilto:e.baert@brussel-innovatie.example.be
DESCRIPTION;LANGUAGE=nl-BE:Brussel Innovatie staat met een stand op de Publ
 ic Jobs Fair (Tour & Taxis). Naast infosessies doen we speed-interviews va
 n 10 minuten met studenten en starters voor het stageprogramma en twee ju
 niorfuncties. Katrien en Els zitten aan de interviewtafel (13:00-17:00)\; 
 noteer je beoordeling op de fiches (A/B/C) zodat HR dezelfde week kan opv
 olgen.\n
UID:040000008200E00074C5B7101A82E0080000000044C0871838387F260000000000000000100000002DC87EE
 C78DAC153E579400786F8F7B7
SUMMARY;LANGUAGE=nl-BE:Public Jobs Fair - speed-interviews op onze stand
DTSTART;VALUE=DATE:20260401
DTEND;VALUE=DATE:20260402
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260226T144418Z
TRANSP:TRANSPARENT
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-BE:Tour & Taxis\, Havenlaan 86C\, 1000 Brussel
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:1830045512
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
]
