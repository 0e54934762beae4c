# ruff: noqa: E501
"""holdout182 events, part e: Ottawa, NGOs abroad, teaching and public bodies (written blind, raw iCalendar text)."""

EVENTS = [
    {
        "kind": "taleo-invite",
        "uid": "TALEO-SCHED-7731-2025-0412-GTREMBLAY@ottawaheart.taleo.net",
        "is_interview": 1,
        "company": "University of Ottawa Heart Institute",
        "role": "Clinical Nurse Specialist, Heart Function Clinic",
        "stage": "recruiter_screen",
        "interviewers": "emma.richardson@ottawaheart.ca",
        "trap": "taleo-ottawa-hospital-phone-screen",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Oracle//Taleo Enterprise Scheduling Center//EN
VERSION:2.0
METHOD:REQUEST
@@TZ America/Toronto@@
BEGIN:VEVENT
UID:TALEO-SCHED-7731-2025-0412-GTREMBLAY@ottawaheart.taleo.net
DTSTAMP:20250417T184420Z
DTSTART;TZID=America/Toronto:20250423T080000
DTEND;TZID=America/Toronto:20250423T083000
SUMMARY:Interview Invitation – Clinical Nurse Specialist\, Heart Function Clinic (2025-0412)
ORGANIZER;CN=UOHI Human Resources:mailto:careers-noreply@ottawaheart.taleo.net
ATTENDEE;CN=Geneviève Tremblay;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gen.tremblay@videotron.ca
ATTENDEE;CN=Emma Richardson;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:emma.richardson@ottawaheart.ca
LOCATION:Telephone
DESCRIPTION:Dear Geneviève Tremblay\,\n\nThank you for your application to requisition 2025-0412\, Clinical Nurse Specialist\, Heart Function Clinic\, at the University of Ottawa Heart Institute.\n\nA member of our Human Resources team\, Emma Richardson\, HR Advisor – Recruitment\, will contact you by telephone at the number in your candidate profile for a preliminary interview of approximately 30 minutes. Please note that a valid registration with the College of Nurses of Ontario (CNO)\, or eligibility to obtain it\, is required for this position.\n\nSincerely\,\nHuman Resources\nUniversity of Ottawa Heart Institute | Institut de cardiologie de l'Université d'Ottawa\n40 Ruskin Street\, Ottawa ON K1Y 4W7
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000E5A7C9B1D3ACDB01000000000000000010000000F0E1D2C3B4A5968778695A4B3C2D1E0F",
        "is_interview": 1,
        "company": "University of Ottawa Heart Institute",
        "role": "Clinical Nurse Specialist – Heart Function Clinic",
        "stage": "onsite",
        "interviewers": "hmacleod@ottawaheart.ca;pbelanger@ottawaheart.ca;arahimi@ottawaheart.ca",
        "trap": "ottawa-onsite-panel-boardroom-travel",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="MacLeod, Heather":mailto:hmacleod@ottawaheart.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=gen.tremblay@videotron.ca:mailto:gen.tremblay@videotron.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Belanger, Patrice":mailto:pbelanger@ottawaheart.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Rahimi, Ahmad Dr.":mailto:arahimi@ottawaheart.ca
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Richardson, Emma":mailto:emma.richardson@ottawaheart.ca
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="UOHI H-2359 Boardroom":mailto:UOHI.H2359@ottawaheart.ca
DESCRIPTION;LANGUAGE=en-CA:Hello Geneviève\,\n\nThank you for making the trip to Ottawa. The panel for the Clinical Nurse Specialist – Heart Function Clinic position will be:\n- Heather MacLeod\, Clinical Manager\, Heart Function Clinic (chair)\n- Patrice Bélanger\, Advanced Practice Nurse\, Cardiac Rehabilitation\n- Dr. Ahmad Rahimi\, Cardiologist\, Heart Function Clinic\n\nThe interview is 75 minutes and includes a 15-minute presentation: "A nurse-led intervention to reduce 30-day readmissions in heart failure". A laptop and projector are available\; please bring your slides on a USB key. Questions may be asked in French or English.\n\nEmma Richardson from HR will meet you in the main lobby at 9:45 and will be optional on the invite.\n\nParking: visitor lot P2 off Ruskin St. (we will reimburse parking and mileage from Montréal).\n\nHeather\n
UID:040000008200E00074C5B7101A82E00800000000E5A7C9B1D3ACDB01000000000000000010000000F0E1D2C3B4A5968778695A4B3C2D1E0F
SUMMARY;LANGUAGE=en-CA:CNS HFC Panel Interview - Geneviève Tremblay
DTSTART;TZID=Eastern Standard Time:20250508T100000
DTEND;TZID=Eastern Standard Time:20250508T111500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250429T142511Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:UOHI H-2359 Boardroom
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E0080000000088B0D2F4A6A5DB01000000000000000010000000C3D5E7F9A1B3C5D7E9F1A3B5C7D9E1F3",
        "is_interview": 1,
        "company": "Médecins Sans Frontières",
        "role": "Infirmier·ère expatrié·e",
        "stage": "recruiter_screen",
        "interviewers": "claire.dumont@paris.msf.org",
        "trap": "france-french-entretien-paris-tz-ngo",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN=Claire DUMONT:mailto:claire.dumont@paris.msf.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=gen.tremblay@videotron.ca:mailto:gen.tremblay@videotron.ca
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Geneviève\,\n\nSuite à la transmission de votre dossier par MSF Canada\, je vous confirme notre entretien en visio pour le poste d'Infirmier·ère expatrié·e (pool terrain).\n\nL'entretien dure environ 1 h 30. Nous reviendrons sur votre parcours\, vos motivations pour le terrain\, votre gestion du stress et de la vie en équipe. Un court cas pratique clinique (prise en charge d'une malnutrition sévère avec complications) vous sera proposé en fin d'entretien.\n\nAttention au décalage horaire : 16 h à Paris = 10 h à Montréal.\n\nBien à vous\,\n\nClaire DUMONT\nChargée de recrutement – Personnel médical\nMédecins Sans Frontières – Centre opérationnel de Paris\n14-34 avenue Jean Jaurès\, 75019 Paris\n\n________________________________________________________________________________\nRéunion Microsoft Teams\nRejoindre : https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTM0YjI3ZGYtYTc1Ni00OGY4LTk0MGEtMGU5MWIzNzRjZGQ1%40thread.v2/0\nID de réunion : 381 992 604 117\nCode secret : 9kPz3R\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000088B0D2F4A6A5DB01000000000000000010000000C3D5E7F9A1B3C5D7E9F1A3B5C7D9E1F3
SUMMARY;LANGUAGE=fr-FR:Entretien MSF - TREMBLAY Geneviève - infirmière
DTSTART;TZID=Romance Standard Time:20250415T160000
DTEND;TZID=Romance Standard Time:20250415T173000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250408T092209Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "google-invite",
        "uid": "3cm0v8t1r6q2l5k9b7n4h0e2pa@google.com",
        "is_interview": 1,
        "company": "Médicos del Mundo",
        "role": "Enfermera/o de coordinación médica – proyecto salud materno-infantil (Guatemala)",
        "stage": "",
        "interviewers": "lucia.ferrer@medicosdelmundo.org;seleccion.internacional@medicosdelmundo.org",
        "trap": "spanish-entrevista-madrid-tz-ngo",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ Europe/Madrid@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250505T170000
DTEND;TZID=Europe/Madrid:20250505T180000
DTSTAMP:20250428T104433Z
ORGANIZER;CN=Selección Internacional MdM:mailto:seleccion.internacional@medicosdelmundo.org
UID:3cm0v8t1r6q2l5k9b7n4h0e2pa@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Lucía Ferrer Gómez;X-NUM-GUESTS=0:mailto:lucia.ferrer@medicosdelmundo.o
 rg
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Selección Internacional MdM;X-NUM-GUESTS=0:mailto:seleccion.internacion
 al@medicosdelmundo.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=gen.tremblay@videotron.ca;X-NUM-GUESTS=0:mailto:gen.tremblay@videot
 ron.ca
CREATED:20250428T104432Z
DESCRIPTION:Hola Geneviève\,\n\nGracias por tu candidatura a la posición de
  Enfermera/o de coordinación médica – proyecto salud materno-infantil (Guate
 mala). Te confirmamos la entrevista por videollamada con Lucía Ferrer Gómez
 \, referente técnica de salud\, y una persona del equipo de Selección Intern
 acional.\n\nLa entrevista se realizará en castellano y durará aproximadament
 e una hora. Hora de Madrid: 17:00 (11:00 en Montreal).\n\nUn saludo\,\nSelec
 ción Internacional\nMédicos del Mundo España\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::
 -\nÚnete con Google Meet: https://meet.google.com/hdq-zupe-wma\n\n-::~:~::~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~::~:~::-
LAST-MODIFIED:20250428T104433Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista MdM – Geneviève Tremblay – Enfermera/o coordinación médi
 ca Guatemala
TRANSP:OPAQUE
X-GOOGLE-CONFERENCE:https://meet.google.com/hdq-zupe-wma
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000D0F2B4A6C8ABDB01000000000000000010000000A5B7C9D1E3F5A7B9C1D3E5F7A9B1C3D5",
        "is_interview": 1,
        "company": "Cégep du Vieux Montréal",
        "role": "Enseignante – Soins infirmiers (180.A0)",
        "stage": "onsite",
        "interviewers": "mlafontaine@cvm.qc.ca;sbrisson@cvm.qc.ca;ygauthier@cvm.qc.ca",
        "trap": "cegep-comite-de-selection-enseignante",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Dotation - Ressources humaines CVM":mailto:dotation@cvm.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=gen.tremblay@videotron.ca:mailto:gen.tremblay@videotron.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lafontaine Manon":mailto:mlafontaine@cvm.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Brisson Sophie":mailto:sbrisson@cvm.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Gauthier Yves":mailto:ygauthier@cvm.qc.ca
DESCRIPTION;LANGUAGE=fr-CA:Madame\,\n\nÀ la suite de l'analyse de votre candidature\, le comité de sélection du département de Soins infirmiers souhaite vous rencontrer pour le poste d'Enseignante – Soins infirmiers (180.A0)\, charge à temps partiel\, session d'automne 2025\, incluant la supervision de stages en milieu hospitalier.\n\nLe comité est composé de Mme Manon Lafontaine (coordonnatrice du département)\, Mme Sophie Brisson (enseignante) et M. Yves Gauthier (conseiller pédagogique).\n\nLa rencontre comporte une entrevue de 45 minutes suivie\, le même jour\, d'une prestation d'enseignement de 20 minutes devant le comité (voir la convocation distincte).\n\nLieu : 255 rue Ontario Est\, local A-6.58.\n\nService des ressources humaines – Dotation\nCégep du Vieux Montréal\n
UID:040000008200E00074C5B7101A82E00800000000D0F2B4A6C8ABDB01000000000000000010000000A5B7C9D1E3F5A7B9C1D3E5F7A9B1C3D5
SUMMARY;LANGUAGE=fr-CA:Entrevue - Soins infirmiers - Mme Geneviève Tremblay
DTSTART;TZID=Eastern Standard Time:20250513T130000
DTEND;TZID=Eastern Standard Time:20250513T134500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250505T185004Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:A-6.58
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "google-entry",
        "uid": "6pb1r3e0m8u9s2k4t7v5n0c1lq@google.com",
        "is_interview": 1,
        "company": "Cégep du Vieux Montréal",
        "role": "",
        "stage": "technical",
        "interviewers": "",
        "trap": "handtyped-lecon-epreuve-teaching-demo",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:gen.tremblay@videotron.ca
X-WR-TIMEZONE:America/Toronto
BEGIN:VEVENT
DTSTART:20250513T175500Z
DTEND:20250513T182000Z
DTSTAMP:20250505T191122Z
UID:6pb1r3e0m8u9s2k4t7v5n0c1lq@google.com
CREATED:20250505T191112Z
DESCRIPTION:Prestation d'enseignement devant le comité\, 20 min + 5 min ques
 tions. Thème imposé: surveillance d'un client sous héparine IV (1re année\,
  180.A0). Apporter clé USB + plan de cours 1 page x3 copies. Pas de PowerPo
 int de plus de 8 diapos!!\nLocal A-6.58\, juste après l'entrevue
LAST-MODIFIED:20250505T191122Z
LOCATION:Cégep du Vieux Montréal\, 255 Rue Ontario E\, Montréal\, QC H2X 1X6
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:CVM – leçon d'épreuve (héparine IV)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "desktop-entry",
        "uid": "5d8a1f3c-92e4-4b07-a6c1-0e7f2b9d4a58",
        "is_interview": 1,
        "company": "Collège de Maisonneuve",
        "role": "",
        "stage": "",
        "interviewers": "",
        "trap": "thunderbird-typed-entrevue-college",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
@@TZ America/Toronto@@
BEGIN:VEVENT
CREATED:20250402T011902Z
LAST-MODIFIED:20250402T012237Z
DTSTAMP:20250402T012237Z
UID:5d8a1f3c-92e4-4b07-a6c1-0e7f2b9d4a58
SUMMARY:Entrevue Maisonneuve - ens. soins inf.
DTSTART;TZID=America/Toronto:20250416T150000
DTEND;TZID=America/Toronto:20250416T160000
LOCATION:3800 Sherbrooke E\, pavillon principal\, local B-3320
DESCRIPTION:courriel de Mme Thériault (RH)\, comité de 3 personnes. Charge d
 e cours automne : soins critiques + stages. Métro Pie-IX. Amener relevé de
  notes du bac + attestation OIIQ 2025-2026
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-zoom",
        "uid": "040000008200E00074C5B7101A82E0080000000071C3E5A7B9AFDB01000000000000000010000000D1C2B3A4F5E6D7C8B9A0F1E2D3C4B5A6",
        "is_interview": 1,
        "company": "Université de Montréal",
        "role": "Conseillère à la formation pratique",
        "stage": "",
        "interviewers": "julie.lapierre.3@umontreal.ca;francois.cote.2@umontreal.ca",
        "trap": "university-faculty-zoom-comite",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN=Julie Lapierre:mailto:julie.lapierre.3@umontreal.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=gen.tremblay@videotron.ca:mailto:gen.tremblay@videotron.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=François Côté:mailto:francois.cote.2@umontreal.ca
DESCRIPTION;LANGUAGE=fr-CA:Bonjour Madame Tremblay\,\n\nNous vous remercions de votre candidature au poste de Conseillère à la formation pratique (affichage FSI-25-07) à la Faculté des sciences infirmières. Le comité (Julie Lapierre\, vice-doyenne aux études de premier cycle\, et François Côté\, responsable des stages) vous rencontrera par Zoom.\n\nJulie Lapierre\nVice-doyenne – études de premier cycle\nFaculté des sciences infirmières\, Université de Montréal\n\nParticiper à la réunion Zoom\nhttps://umontreal.zoom.us/j/81377250944?pwd=SU1lMTFkVlJ5eUE0TjNxS0x0bkJOdz09\n\nID de réunion : 813 7725 0944\nSecret : 190227\n
UID:040000008200E00074C5B7101A82E0080000000071C3E5A7B9AFDB01000000000000000010000000D1C2B3A4F5E6D7C8B9A0F1E2D3C4B5A6
SUMMARY;LANGUAGE=fr-CA:FSI-25-07 - rencontre avec Mme G. Tremblay
DTSTART;TZID=Eastern Standard Time:20250520T101500
DTEND;TZID=Eastern Standard Time:20250520T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250513T150345Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:https://umontreal.zoom.us/j/81377250944?pwd=SU1lMTFkVlJ5eUE0TjNxS0x0bkJOdz09
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000F9A1C3E5D7B0DB01000000000000000010000000B6C7D8E9F0A1B2C3D4E5F6A7B8C9D0E1",
        "is_interview": 1,
        "company": "INESSS",
        "role": "Conseillère scientifique – soins infirmiers",
        "stage": "",
        "interviewers": "valerie.hamel@inesss.qc.ca;jerome.lachance@inesss.qc.ca",
        "trap": "public-body-concours-comite-teams",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN=Dotation INESSS:mailto:dotation@inesss.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=gen.tremblay@videotron.ca:mailto:gen.tremblay@videotron.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Valérie Hamel:mailto:valerie.hamel@inesss.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Jérôme Lachance:mailto:jerome.lachance@inesss.qc.ca
DESCRIPTION;LANGUAGE=fr-CA:Madame Tremblay\,\n\nÀ la suite de la correction de l'examen écrit\, nous avons le plaisir de vous convier à l'étape de l'entrevue pour l'emploi de Conseillère scientifique – soins infirmiers (concours INESSS-2025-14)\, Direction des services de santé et de l'évaluation des technologies.\n\nMembres du comité : Mme Valérie Hamel\, directrice adjointe\, et M. Jérôme Lachance\, coordonnateur scientifique.\n\nL'entrevue dure 60 minutes. Vous recevrez 20 minutes avant l'entrevue un court document (résumé d'un avis de l'INESSS) sur lequel nous vous poserons des questions.\n\nÉquipe de la dotation\nINESSS – 2535 boul. Laurier\, Québec\n\n________________________________________________________________________________\nRéunion Microsoft Teams\nRejoindre : https://teams.microsoft.com/l/meetup-join/19%3ameeting_NWJmYzhkNDMtNGE1OS00MzU2LWJlYzktZTA0NzE1ZGI4NTY2%40thread.v2/0\nID de réunion : 279 440 112 583\nCode secret : mT5sQ8\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000F9A1C3E5D7B0DB01000000000000000010000000B6C7D8E9F0A1B2C3D4E5F6A7B8C9D0E1
SUMMARY;LANGUAGE=fr-CA:INESSS-2025-14 - Entrevue - TREMBLAY\, Geneviève
DTSTART;TZID=Eastern Standard Time:20250603T090000
DTEND;TZID=Eastern Standard Time:20250603T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250527T133710Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-allday",
        "uid": "040000008200E00074C5B7101A82E0080000000016A8C0E2F4AEDB0100000000000000001000000092A3B4C5D6E7F8091A2B3C4D5E6F7081",
        "is_interview": 1,
        "company": "INESSS",
        "role": "Conseillère scientifique – soins infirmiers",
        "stage": "technical",
        "interviewers": "",
        "trap": "all-day-online-written-exam-window",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Dotation INESSS:mailto:dotation@inesss.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=gen.tremblay@videotron.ca:mailto:gen.tremblay@videotron.ca
DESCRIPTION;LANGUAGE=fr-CA:Madame Tremblay\,\n\nVotre candidature au concours INESSS-2025-14 (Conseillère scientifique – soins infirmiers) a été retenue pour l'examen écrit.\n\nL'examen se fait en ligne. Le lien vous sera transmis par courriel à 8 h le jour même\; vous disposerez de 3 heures consécutives\, à faire entre 8 h et 20 h (heure du Québec). L'examen comporte une synthèse critique de deux articles scientifiques et des questions sur la méthodologie des revues systématiques.\n\nAucune question ne pourra être répondue le jour de l'examen.\n\nÉquipe de la dotation – INESSS\n
UID:040000008200E00074C5B7101A82E0080000000016A8C0E2F4AEDB0100000000000000001000000092A3B4C5D6E7F8091A2B3C4D5E6F7081
SUMMARY;LANGUAGE=fr-CA:INESSS-2025-14 - Examen écrit en ligne (fenêtre 8 h - 20 h)
DTSTART;VALUE=DATE:20250522
DTEND;VALUE=DATE:20250523
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250515T141802Z
TRANSP:TRANSPARENT
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:En ligne
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
]
