# ruff: noqa: E501
"""holdout210 events: WFP, IOM, UNAIDS, UNFPA, UNDP, UN Women, Unitaid, Gavi, The Global Fund."""

import holdout210ev_tz as tz

EVENTS = [
    dict(
        kind="entretien-dakar",
        uid="040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B6DB0100000000000000001000000077665544332211FFEEDDCCBBAA998877",
        is_interview=1, company="WFP", role="Chargé(e) de programme (P4) - Nutrition et santé", stage="onsite",
        interviewers="aminata.sarr@wfp.org;olivier.mukendi@wfp.org;claire.rousseau@wfp.org",
        trap="french-un-panel-greenwich-zone-dakar",
        ics="""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + tz.OL_GREENWICH + r"""BEGIN:VEVENT
ATTENDEE;CN="Aminata SARR";RSVP=TRUE:mailto:aminata.sarr@wfp.org
ATTENDEE;CN="Olivier MUKENDI";RSVP=TRUE:mailto:olivier.mukendi@wfp.org
ATTENDEE;CN="Claire ROUSSEAU";RSVP=TRUE:mailto:claire.rousseau@wfp.org
ATTENDEE;CN="aissata.diallo.geneve@protonmail.com";RSVP=TRUE:mailto:aissata.diallo.geneve@protonmail.com
CLASS:PUBLIC
CREATED:20250508T100211Z
DESCRIPTION;LANGUAGE=fr-FR:Madame Diallo\,\n\nSuite à l'examen de votre candidature au poste de Chargé(e) de programme (P4) - Nutrition et santé\, Bureau régional de Dakar (réf. JR114872)\, nous avons le plaisir de vous convier à un entretien avec le jury de sélection.\n\nL'entretien\, d'une durée d'environ une heure\, portera sur vos compétences techniques ainsi que sur les compétences de leadership du PAM. Il se déroulera en français\, avec une partie en anglais.\n\nMembres du jury : Mme Aminata Sarr (Chef de l'Unité Nutrition\, présidente)\, M. Olivier Mukendi (Chargé de programme principal)\, Mme Claire Rousseau (Ressources humaines).\n\nL'heure indiquée est l'heure de Dakar (GMT) - soit 11h00 à Genève.\n\nCordialement\,\nUnité des ressources humaines\nPAM - Bureau régional pour l'Afrique de l'Ouest et du Centre\n\n________________________________________________________________________________\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur\, application mobile ou appareil de salle\nCliquez ici pour rejoindre la réunion\nID de réunion : 312 005 871 966\nCode secret : bH4sQ8\n________________________________________________________________________________\n
DTEND;TZID="Greenwich Standard Time":20250520T100000
DTSTAMP:20250508T100211Z
DTSTART;TZID="Greenwich Standard Time":20250520T090000
LAST-MODIFIED:20250508T100211Z
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
ORGANIZER;CN="Claire ROUSSEAU":mailto:claire.rousseau@wfp.org
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Entretien - JR114872 - Chargé(e) de programme P4 Nutrition - DIALLO Aissata
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B6DB0100000000000000001000000077665544332211FFEEDDCCBBAA998877
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="assessment-webex",
        uid="c2a9f4e1b7d84e6f9a3c5b1d0e2f7a86@webex.com",
        is_interview=1, company="IOM", role="Programme Manager (Health), P4", stage="technical",
        interviewers="Sofia Marchetti",
        trap="webex-technical-assessment-with-proctor-named",
        ics="""BEGIN:VCALENDAR
PRODID:-//Cisco//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
""" + tz.ZURICH + r"""BEGIN:VEVENT
UID:c2a9f4e1b7d84e6f9a3c5b1d0e2f7a86@webex.com
DTSTAMP:20250320T140415Z
DTSTART;TZID=Europe/Zurich:20250327T140000
DTEND;TZID=Europe/Zurich:20250327T160000
SUMMARY:IOM - Technical Assessment - VN 2025/041 Programme Manager (Health) P4
DESCRIPTION:Dear candidate\,\n\nYou are invited to the technical assessment for Vacancy Notice VN 2025/041 (Programme Manager (Health)\, P4\, Migration Health Division\, Geneva).\n\nThe assessment consists of a written part (90 min) followed by a short oral discussion of your answers with Ms Sofia Marchetti\, Senior Migration Health Officer (30 min). Your camera must remain on throughout.\n\nIOM Talent Acquisition Unit\n\n\nJoin meeting\nhttps://iom.webex.com/iom/j.php?MTID=m3a5f1c9e7b2d4086a1f3e5c7b9d0e2f4\nMeeting number: 2659 144 0871\nPassword: IOMtest25\nJoin by video system: 26591440871@iom.webex.com\nJoin by phone: +41-43-456-9100 Switzerland toll\nAccess code: 2659 144 0871
LOCATION:https://iom.webex.com/iom/j.php?MTID=m3a5f1c9e7b2d4086a1f3e5c7b9d0e2f4
ORGANIZER;CN=IOM Talent Acquisition:mailto:hrrecruitment@iom.int
ATTENDEE;CN=Aissata Diallo;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:aissata.diallo.geneve@protonmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="entretien-competences",
        uid="F4A2C7E9-3B15-4D8E-A6F0-91C2B7D5E3A8",
        is_interview=1, company="UNAIDS", role="Conseiller/ère principal(e) en programmes", stage="onsite",
        interviewers="mbengueo@unaids.org;schneiderk@unaids.org;rakotoh@unaids.org",
        trap="french-competency-interview-outlook-mac-olson-zone",
        ics="""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook for Mac 16.89//EN
VERSION:2.0
METHOD:REQUEST
""" + tz.ZURICH + r"""BEGIN:VEVENT
UID:F4A2C7E9-3B15-4D8E-A6F0-91C2B7D5E3A8
DTSTAMP:20250221T160912Z
SUMMARY:Entretien basé sur les compétences - Conseiller/ère principal(e) en programmes (P5) - Mme DIALLO
DTSTART;TZID=Europe/Zurich:20250305T093000
DTEND;TZID=Europe/Zurich:20250305T103000
ORGANIZER;CN=Oumou MBENGUE:mailto:mbengueo@unaids.org
ATTENDEE;CN=Oumou MBENGUE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:mbengueo@unaids.org
ATTENDEE;CN=Katrin SCHNEIDER;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:schneiderk@unaids.org
ATTENDEE;CN=Hery RAKOTO;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rakotoh@unaids.org
ATTENDEE;CN=aissata.diallo.geneve@protonmail.com;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:aissata.diallo.geneve@protonmail.com
ATTENDEE;CUTYPE=ROOM;CN=GVA-UNAIDS-Salle 3.12;ROLE=NON-PARTICIPANT:mailto:gva.room312@unaids.org
LOCATION:ONUSIDA\, 20 avenue Appia\, Genève - salle 3.12 (ou Teams)
DESCRIPTION:Madame\,\n\nNous avons le plaisir de vous inviter à un entretien basé sur les compétences pour le poste de Conseiller/ère principal(e) en programmes (P5)\, Département Programmes pays. L'entretien aura lieu en présentiel à Genève\; une participation via Teams reste possible sur demande.\n\nVeuillez vous présenter à l'accueil du bâtiment 15 minutes à l'avance muni(e) d'une pièce d'identité.\n\nJury : Mme Oumou Mbengue (présidente)\, Mme Katrin Schneider\, M. Hery Rakoto (RH).\n\nBien cordialement\,\nOumou Mbengue
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="zoom-interview",
        uid="ZOOM87451239086@unfpa.zoom.us",
        is_interview=1, company="UNFPA", role="Programme Specialist, Humanitarian (P4)", stage="",
        interviewers="Ibrahima Fall;Nadia Benali",
        trap="zoom-download-no-organizer-names-in-body",
        ics="""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
CLASS:PUBLIC
""" + tz.DAKAR + r"""BEGIN:VEVENT
DTSTAMP:20250414T112530Z
DTSTART;TZID=Africa/Dakar:20250424T150000
DTEND;TZID=Africa/Dakar:20250424T160000
SUMMARY:UNFPA WCARO | Programme Specialist\, Humanitarian (P4) | Ms. Aissata Diallo
UID:ZOOM87451239086@unfpa.zoom.us
TZID:Africa/Dakar
DESCRIPTION:Ibrahima Fall is inviting you to a scheduled Zoom meeting.\n\nInterview panel: Ibrahima Fall (Regional Humanitarian Coordinator) and Nadia Benali (Operations Manager). HR observer: Marie-Claire Tine.\n\nJoin Zoom Meeting\nhttps://unfpa.zoom.us/j/87451239086?pwd=Vm9hZkR2aXJ0T1F6bWx3aA.1\n\nMeeting ID: 874 5123 9086\nPasscode: 562811\n\n---\n\nOne tap mobile\n+41435015801\,\,87451239086#\,\,\,\,*562811# Switzerland\n+221338677040\,\,87451239086#\,\,\,\,*562811# Senegal\n
LOCATION:https://unfpa.zoom.us/j/87451239086?pwd=Vm9hZkR2aXJ0T1F6bWx3aA.1
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="bookings-slot",
        uid="b7e3c1a4-9f2d-4e58-8c61-0a2b3d4e5f61@bookings.undp.org",
        is_interview=1, company="UNDP", role="Programme Specialist, HIV, Health and Development (P4)", stage="hiring_manager",
        interviewers="keisha.morgan@undp.org",
        trap="microsoft-bookings-candidate-self-scheduled-new-york",
        ics="""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + tz.NEW_YORK + r"""BEGIN:VEVENT
UID:b7e3c1a4-9f2d-4e58-8c61-0a2b3d4e5f61@bookings.undp.org
DTSTAMP:20250226T210455Z
DTSTART;TZID=America/New_York:20250304T083000
DTEND;TZID=America/New_York:20250304T091500
SUMMARY:Conversation with Hiring Manager - Programme Specialist\, HIV\, Health and Development (P4)
DESCRIPTION:Your booking is confirmed.\n\nService: Conversation with Hiring Manager - Programme Specialist\, HIV\, Health and Development (P4)\nStaff: Keisha Morgan\nBusiness: UNDP Bureau for Policy and Programme Support - Recruitment\n\nKeisha Morgan\, Team Leader\, Health and Development\, would like to get to know you and discuss the role before the panel stage. Please be ready to talk about your experience with Global Fund grants.\n\nJoin the meeting: Microsoft Teams meeting\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_YjI3MjE0%40thread.v2/0\nMeeting ID: 248 903 115 662  Passcode: k2Yx9F\n\nNeed to make changes? Manage booking: https://outlook.office365.com/owa/calendar/UNDPBPPSRecruitment@undp.org/bookings/\n
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN=UNDP BPPS Recruitment:mailto:UNDPBPPSRecruitment@undp.org
ATTENDEE;CN=Keisha Morgan;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:keisha.morgan@undp.org
ATTENDEE;CN=Aissata Diallo;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:aissata.diallo.geneve@protonmail.com
SEQUENCE:0
STATUS:CONFIRMED
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="entretien",
        uid="040000008200E00074C5B7101A82E00800000000B8A7F6E5D4C3DB01000000000000000010000000FEDCBA9876543210FEDCBA9876543210",
        is_interview=1, company="UN Women", role="Spécialiste de programme - Action humanitaire", stage="",
        interviewers="fatoumata.cisse@unwomen.org;awa.gueye@unwomen.org",
        trap="french-un-women-dakar-no-stage-stated",
        ics="""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + tz.OL_GREENWICH + r"""BEGIN:VEVENT
ORGANIZER;CN=Awa GUEYE:mailto:awa.gueye@unwomen.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Fatoumata CISSE:mailto:fatoumata.cisse@unwomen.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=aissata.diallo.geneve@protonmail.com:mailto:aissata.diallo.geneve@protonmail.com
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Madame Diallo\,\n\nComme convenu par téléphone\, voici l'invitation pour votre entretien pour le poste de Spécialiste de programme - Action humanitaire\, Bureau régional ONU Femmes pour l'Afrique de l'Ouest et du Centre (Dakar).\n\nVous échangerez avec Mme Fatoumata Cissé\, Conseillère régionale\, et moi-même.\n\nCordialement\,\nAwa Gueye\nAssociée RH\n\nRejoindre la réunion Zoom\nhttps://unwomen.zoom.us/j/93120448127\nID de réunion : 931 2044 8127\n
SUMMARY;LANGUAGE=fr-FR:Entretien Mme Aissata DIALLO - Spécialiste de programme AH
DTSTART;TZID=Greenwich Standard Time:20250604T100000
DTEND;TZID=Greenwich Standard Time:20250604T104500
UID:040000008200E00074C5B7101A82E00800000000B8A7F6E5D4C3DB01000000000000000010000000FEDCBA9876543210FEDCBA9876543210
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250528T151006Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:https://unwomen.zoom.us/j/93120448127
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="hm-conversation",
        uid="6b1f0e9a-2c3d-4e5f-8a7b-c9d0e1f2a3b4",
        is_interview=1, company="Unitaid", role="Programme Manager, Strategy and Results", stage="hiring_manager",
        interviewers="delacroixp@unitaid.who.int",
        trap="hiring-manager-chat-worded-as-conversation",
        ics="""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + tz.OL_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="aissata.diallo.geneve@protonmail.com";RSVP=TRUE:mailto:aissata.diallo.geneve@protonmail.com
CLASS:PUBLIC
CREATED:20250509T074021Z
DESCRIPTION:Dear Aissata\,\n\nThank you for your interest in the Programme Manager\, Strategy and Results position. As a next step I'd like to have a 45-minute conversation with you about your experience and motivation\, and to tell you more about the team and the expectations for the role.\n\nLooking forward to speaking with you\,\nPierre Delacroix\nHead\, Strategy and Results\nUnitaid\, Global Health Campus\, Chemin du Pommier 40\, Grand-Saconnex\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzE4ZTgx%40thread.v2/0\nMeeting ID: 355 722 018 403  Passcode: pR3v7N\n________________________________________________________________________________\n
DTEND;TZID="W. Europe Standard Time":20250513T171500
DTSTAMP:20250509T074021Z
DTSTART;TZID="W. Europe Standard Time":20250513T163000
LAST-MODIFIED:20250509T074021Z
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="DELACROIX, Pierre":mailto:delacroixp@unitaid.who.int
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:Aissata Diallo / Pierre Delacroix - PM Strategy & Results
TRANSP:OPAQUE
UID:6b1f0e9a-2c3d-4e5f-8a7b-c9d0e1f2a3b4
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="screening-call",
        uid="wd-cal-0c4e8a2f6b1d49e3a7c5f9b2d8e06a13@myworkday.com",
        is_interview=1, company="Gavi", role="Senior Programme Manager, Country Programmes (Francophone Africa)", stage="recruiter_screen",
        interviewers="tmoreau@gavi.org",
        trap="workday-screening-call-phone-utc",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Recruiting Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:wd-cal-0c4e8a2f6b1d49e3a7c5f9b2d8e06a13@myworkday.com
DTSTAMP:20250205T100140Z
DTSTART:20250211T130000Z
DTEND:20250211T133000Z
SUMMARY:Screening Call: Senior Programme Manager\, Country Programmes (Francophone Africa) - R-0001873
DESCRIPTION:Hello Aissata\,\n\nThank you for applying to Gavi\, the Vaccine Alliance. Thomas Moreau\, Talent Acquisition Partner\, will call you on +41 79 412 88 07 for a 30-minute screening call.\n\nTopics: your background\, motivation\, availability and salary expectations.\n\nIf you need to change the time\, please reply to this e-mail.\n\nGavi Talent Acquisition
LOCATION:Phone call
ORGANIZER;CN=Thomas Moreau:mailto:tmoreau@gavi.org
ATTENDEE;CN=Thomas Moreau;PARTSTAT=ACCEPTED:mailto:tmoreau@gavi.org
ATTENDEE;CN=Aissata Diallo;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:aissata.diallo.geneve@protonmail.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="panel-gavi",
        uid="040000008200E00074C5B7101A82E0080000000012AB34CD56EFDB0100000000000000001000000013579BDF2468ACE013579BDF2468ACE0",
        is_interview=1, company="Gavi", role="Senior Programme Manager, Country Programmes (Francophone Africa)", stage="onsite",
        interviewers="ebamba@gavi.org;lkoenig@gavi.org;snaidoo@gavi.org",
        trap="in-person-panel-with-room-resource-campus",
        ics="""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + tz.OL_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="Emmanuel Bamba";RSVP=TRUE:mailto:ebamba@gavi.org
ATTENDEE;CN="Lea Koenig";RSVP=TRUE:mailto:lkoenig@gavi.org
ATTENDEE;CN="Sipho Naidoo";RSVP=TRUE:mailto:snaidoo@gavi.org
ATTENDEE;CN="aissata.diallo.geneve@protonmail.com";RSVP=TRUE:mailto:aissata.diallo.geneve@protonmail.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="GHC-Gavi-Meeting Room Lac Léman (8)";RSVP=TRUE:mailto:ghc.leman@gavi.org
CLASS:PUBLIC
CREATED:20250221T081530Z
DESCRIPTION:Dear Aissata\,\n\nWe are delighted to invite you to a panel interview at our offices at the Global Health Campus\, Chemin du Pommier 40\, 1218 Le Grand-Saconnex. Please register at the reception on the ground floor.\n\nThe panel will consist of Emmanuel Bamba (Director\, Country Programmes - hiring manager)\, Lea Koenig (Head\, Francophone Africa) and Sipho Naidoo (Senior Manager\, Health Systems). The interview will last 75 minutes and will include a 10-minute presentation on the topic shared in the attachment.\n\nKind regards\,\nThomas Moreau\nTalent Acquisition Partner\n
DTEND;TZID="W. Europe Standard Time":20250304T111500
DTSTAMP:20250221T081530Z
DTSTART;TZID="W. Europe Standard Time":20250304T100000
LAST-MODIFIED:20250221T081530Z
LOCATION:GHC - Lac Léman (8)
ORGANIZER;CN="Thomas Moreau":mailto:tmoreau@gavi.org
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:Panel Interview - Aissata Diallo - Senior Programme Manager\, CP (Francophone Africa)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000012AB34CD56EFDB0100000000000000001000000013579BDF2468ACE013579BDF2468ACE0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="case-study",
        uid="ORC-INTV-300000087741926@globalfund.fa.ocs.oraclecloud.com",
        is_interview=1, company="The Global Fund", role="Fund Portfolio Manager, West and Central Africa", stage="technical",
        interviewers="",
        trap="oracle-recruiting-written-case-study-utc",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Oracle Corporation//Oracle Recruiting Cloud//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ORC-INTV-300000087741926@globalfund.fa.ocs.oraclecloud.com
DTSTAMP:20250414T074400Z
DTSTART:20250422T070000Z
DTEND:20250422T100000Z
SUMMARY:Written Case Study - Fund Portfolio Manager\, West and Central Africa (Req. 2401577)
DESCRIPTION:Dear Aissata Diallo\,\n\nAs part of the selection process for Fund Portfolio Manager\, West and Central Africa\, you are invited to complete a written case study. The case will be e-mailed to you at 09:00 CEST and your answer must be submitted by 12:00 CEST.\n\nThe Global Fund Talent Acquisition Team
ORGANIZER;CN=The Global Fund Recruitment:mailto:no-reply@globalfund.org
ATTENDEE;CN=Aissata Diallo;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:aissata.diallo.geneve@protonmail.com
LOCATION:Online
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="panel-interview",
        uid="040000008200E00074C5B7101A82E0080000000098BA76DC54FEDB01000000000000000010000000A1B2C3D4E5F60718A1B2C3D4E5F60718",
        is_interview=1, company="The Global Fund", role="Fund Portfolio Manager, West and Central Africa", stage="onsite",
        interviewers="yannick.kouame@theglobalfund.org;sarah.whitfield@theglobalfund.org;rahul.menon@theglobalfund.org",
        trap="panel-discusses-case-study-outlook",
        ics="""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + tz.OL_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="Yannick Kouamé";RSVP=TRUE:mailto:yannick.kouame@theglobalfund.org
ATTENDEE;CN="Sarah Whitfield";RSVP=TRUE:mailto:sarah.whitfield@theglobalfund.org
ATTENDEE;CN="Rahul Menon";RSVP=TRUE:mailto:rahul.menon@theglobalfund.org
ATTENDEE;CN="aissata.diallo.geneve@protonmail.com";RSVP=TRUE:mailto:aissata.diallo.geneve@protonmail.com
CLASS:PUBLIC
CREATED:20250429T135001Z
DESCRIPTION:Dear Aissata\,\n\nCongratulations - you have been shortlisted for the interview stage. The panel will discuss your case study and ask competency-based questions.\n\nPanel: Yannick Kouamé (Department Head\, Grant Management - WCA)\, Sarah Whitfield (Senior Fund Portfolio Manager)\, Rahul Menon (Talent Acquisition Specialist).\n\nDuration: 60 minutes\, via Teams.\n\nKind regards\,\nRahul\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting\nMeeting ID: 301 774 593 028\nPasscode: Gf7sPq\n________________________________________________________________________________\n
DTEND;TZID="W. Europe Standard Time":20250507T150000
DTSTAMP:20250429T135001Z
DTSTART;TZID="W. Europe Standard Time":20250507T140000
LAST-MODIFIED:20250429T135001Z
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="Rahul Menon":mailto:rahul.menon@theglobalfund.org
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:Interview: FPM WCA (2401577) - Aissata Diallo
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000098BA76DC54FEDB01000000000000000010000000A1B2C3D4E5F60718A1B2C3D4E5F60718
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="final-interview",
        uid="040000008200E00074C5B7101A82E00800000000F0E1D2C3B4A5DB010000000000000000100000005566778899AABBCCDDEEFF0011223344",
        is_interview=1, company="The Global Fund", role="Fund Portfolio Manager, West and Central Africa", stage="final",
        interviewers="mark.eldridge@theglobalfund.org",
        trap="final-with-division-head-sent-by-executive-assistant",
        ics="""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + tz.OL_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="aissata.diallo.geneve@protonmail.com";RSVP=TRUE:mailto:aissata.diallo.geneve@protonmail.com
ATTENDEE;CN="Menon, Rahul";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:rahul.menon@theglobalfund.org
CLASS:PUBLIC
CREATED:20250515T090500Z
DESCRIPTION:Dear Ms Diallo\,\n\nOn behalf of Mark Eldridge\, Head of the Grant Management Division\, I am pleased to schedule the final interview for the Fund Portfolio Manager\, WCA position. Mark will meet you in person in his office (Global Health Campus\, 5th floor). Please allow 45 minutes.\n\nBest regards\,\nNicole Favre\nExecutive Assistant to the Head\, Grant Management Division\n
DTEND;TZID="W. Europe Standard Time":20250523T091500
DTSTAMP:20250515T090500Z
DTSTART;TZID="W. Europe Standard Time":20250523T083000
LAST-MODIFIED:20250515T090500Z
LOCATION:GHC 5th floor - Office of the Head GMD
ORGANIZER;CN="Eldridge, Mark";SENT-BY="mailto:nicole.favre@theglobalfund.org":mailto:mark.eldridge@theglobalfund.org
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:Final interview - FPM WCA - Ms A. Diallo
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000F0E1D2C3B4A5DB010000000000000000100000005566778899AABBCCDDEEFF0011223344
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
]
