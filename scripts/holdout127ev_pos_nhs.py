"""holdout127 interviews, part 1: NHS posts (national recruitment, health boards, trusts, locums)."""
# ruff: noqa: E501

from holdout127ev_ics import ev

OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
EXCHANGE = "Microsoft Exchange Server 2010"

EVENTS = [
    ev("national-st3-teams-en", (1, "Severn & Marches Deanery", "ST3 Trauma & Orthopaedics", "", "",
                                 "national-recruitment-en"), r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000C0A1F3D55A8BDC01000000000000000010000000E1F2A7C46B3D
ORGANIZER;CN=T&O National Recruitment (Severn & Marches):mailto:to.nationalrecruitment@severnmarches.nhs.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rhys Llewellyn:mailto:rhys.llewellyn.md@gmail.com
SUMMARY;LANGUAGE=en-GB:ST3 Trauma & Orthopaedics National Recruitment 2026 - Interview (Microsoft Teams)
DTSTART;TZID=GMT Standard Time:20260303T124500
DTEND;TZID=GMT Standard Time:20260303T141500
LOCATION:Microsoft Teams Meeting
DESCRIPTION;LANGUAGE=en-GB:Dear Candidate\,\n\nThank you for booking your interview for ST3 Trauma & Orthopaedics via Oriel. This calendar entry confirms your slot. Please join the waiting room 15 minutes before your start time with photographic ID.\n\nYour interview consists of three stations (Portfolio\, Clinical\, Communication/Professionalism)\, each 20 minutes with two assessors\, plus a lay representative observing some stations.\n\nIf you experience technical difficulties please call the recruitment office on 0117 496 0382.\n\nKind regards\nT&O National Recruitment Team\nSevern & Marches Deanery\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YTc4NmQ2>\nMeeting ID: 371 554 902 118\nPasscode: 7hW3qP\n________________________________________________________________________________
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
SEQUENCE:0
PRIORITY:5
CLASS:PUBLIC
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
""", OUTLOOK, tz=("GMT Standard Time",)),

    ev("trac-panel-en", (1, "Pennant Valley NHS Foundation Trust", "Clinical Fellow in Trauma & Orthopaedics", "onsite",
                         "Gareth Pryce;Helen Okoro;Sanjay Mehra", "trac-nhs-en"), r"""
BEGIN:VEVENT
UID:trac-intv-2026-0219-PVT-4471-88213@trac.jobs
DTSTART;TZID=Europe/London:20260219T103000
DTEND;TZID=Europe/London:20260219T111500
SUMMARY:Interview - Clinical Fellow in Trauma & Orthopaedics (ST3+ level) - 282-MED-4471
LOCATION:Seminar Room 2\, Education & Research Centre\, Pennant Valley General Hospital\, Bristol BS10 5NB
DESCRIPTION:Pennant Valley NHS Foundation Trust\n\nDear Dr Llewellyn\,\n\nFollowing your application for the post of Clinical Fellow in Trauma & Orthopaedics (ST3+ level)\, reference 282-MED-4471\, we are pleased to invite you to interview.\n\nPanel:\nMr Gareth Pryce\, Consultant Orthopaedic Surgeon & Clinical Lead (Chair)\nMs Helen Okoro\, Consultant Orthopaedic Surgeon\nMr Sanjay Mehra\, Consultant Trauma Surgeon\nMedical Staffing will be in attendance.\n\nPlease report to the Education Centre reception 15 minutes before your interview and bring original ID and GMC certificate for pre-employment checks.\n\nMedical Staffing Team\nmedical.staffing@pennantvalley.nhs.uk\n\nThis message was sent via Trac.
ORGANIZER;CN=Medical Staffing - Pennant Valley:mailto:noreply@trac.jobs
ATTENDEE;CN=Rhys Llewellyn;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:rhys.llewellyn.md@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
""", "-//Trac Systems//Trac Recruitment Calendar//EN", tz=("Europe/London",)),

    ev("outlook-lastfirst-wales-en", (1, "Hywel Teifi University Health Board", "Specialty Doctor - Trauma & Orthopaedics",
                                      "", "owain.pritchard@wales.nhs.uk;ffion.rees2@wales.nhs.uk",
                                      "outlook-same-domain-en"), r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E0080000000090F5E5B7628BDC01000000000000000010000000A4C1E0F09B77
ORGANIZER;CN="Jenkins, Bethan (Hywel Teifi - Medical Workforce)";SENT-BY="mailto:medical.workforce.htuhb@wales.nhs.uk":mailto:bethan.jenkins4@wales.nhs.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Llewellyn, Rhys (Glannau Taf - Trauma & Orthopaedics)":mailto:rhys.llewellyn@wales.nhs.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Pritchard, Owain (Hywel Teifi - T&O)":mailto:owain.pritchard@wales.nhs.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Rees, Ffion (Hywel Teifi - T&O)":mailto:ffion.rees2@wales.nhs.uk
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Jenkins, Bethan (Hywel Teifi - Medical Workforce)":mailto:bethan.jenkins4@wales.nhs.uk
SUMMARY;LANGUAGE=en-GB:Interview: Dr R Llewellyn - Specialty Doctor T&O (Ref 100-SAS-0931)
LOCATION;LANGUAGE=en-GB:Boardroom\, Ysbyty Glan Teifi\, Carmarthen / Teams
DESCRIPTION;LANGUAGE=en-GB:Hi Rhys\,\n\nConfirming your interview for the Specialty Doctor post in Trauma & Orthopaedics. The panel will be Mr Owain Pritchard (Clinical Director) and Miss Ffion Rees (Consultant). I will meet you in main reception and look after the paperwork afterwards.\n\nYou can attend in person or via Teams - the link is below.\n\nDiolch\nBethan\nMedical Workforce Officer | Swyddog Gweithlu Meddygol\nHywel Teifi University Health Board | Bwrdd Iechyd Prifysgol Hywel Teifi\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_Zjk1OTI4>\nMeeting ID: 334 108 771 560\nPasscode: Ju8Tb2\n________________________________________________________________________________
DTSTART;TZID=GMT Standard Time:20260127T140000
DTEND;TZID=GMT Standard Time:20260127T144500
CLASS:PUBLIC
PRIORITY:5
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Hi Rhys\,</p><p>Confirming your interview for the Specialty Doctor post in Trauma &amp\; Orthopaedics. The panel will be Mr Owain Pritchard (Clinical Director) and Miss Ffion Rees (Consultant).</p><p>Diolch<br>Bethan</p></body></html>
END:VEVENT
""", OUTLOOK, tz=("GMT Standard Time",)),

    ev("scotland-utc-zone-en", (1, "NHS Strathmore", "Clinical Teaching Fellow in Surgery", "",
                                "fiona.mcrae@nhs.scot;alasdair.munro@nhs.scot", "outlook-utc-label-en"), r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E008000000003B7C2A1E6F8BDC0100000000000000001000000072AA0D1C44E1
ORGANIZER;CN="McRae, Fiona":mailto:fiona.mcrae@nhs.scot
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rhys.llewellyn.md@gmail.com:mailto:rhys.llewellyn.md@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Munro, Alasdair":mailto:alasdair.munro@nhs.scot
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Strathmore Medical Education Admin":mailto:strathmore.meded@nhs.scot
SUMMARY;LANGUAGE=en-GB:Clinical Teaching Fellow (Surgery) - interview - Dr Llewellyn
DTSTART;TZID="(UTC+00:00) Dublin, Edinburgh, Lisbon, London":20260122T093000
DTEND;TZID="(UTC+00:00) Dublin, Edinburgh, Lisbon, London":20260122T101500
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
DESCRIPTION;LANGUAGE=en-GB:Dear Rhys\,\n\nMany thanks for applying to NHS Strathmore for the Clinical Teaching Fellow in Surgery post (12 months from August). Mr Alasdair Munro (Director of Medical Education) and I would like to invite you to interview. You will be asked to deliver a 5-minute micro-teach on a topic of your choice\, followed by questions.\n\nBest wishes\,\nFiona McRae\nUndergraduate Lead for Surgery\, NHS Strathmore\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmE1Mz>\nMeeting ID: 391 774 520 006\nPasscode: q4AsJ9\nDial in by phone\n+44 141 496 0913\,\,551203#   United Kingdom\, Glasgow\n________________________________________________________________________________
SEQUENCE:0
STATUS:CONFIRMED
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
""", OUTLOOK, tz=("(UTC+00:00) Dublin, Edinburgh, Lisbon, London",)),

    ev("ireland-zoom-en", (1, "St Kieran's University Hospital", "Registrar in Trauma & Orthopaedics", "",
                           "d.ofarrell@stkierans.ie;s.brennan@stkierans.ie", "zoom-ie-en"), r"""
BEGIN:VEVENT
UID:3c1b07a2-5d2e-4d87-9b1e-ae9a0f6f4c21@stkierans.ie
DTSTART;TZID=Europe/Dublin:20260210T160000
DTEND;TZID=Europe/Dublin:20260210T163000
SUMMARY:SKUH Interviews - Non-Consultant Hospital Doctor (Registrar) Orthopaedics - Rhys Llewellyn
LOCATION:Zoom
ORGANIZER;CN=SKUH Medical Manpower:mailto:medicalmanpower@stkierans.ie
ATTENDEE;CN=Rhys Llewellyn;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rhys.llewellyn.md@gmail.com
ATTENDEE;CN=Mr Declan O'Farrell;PARTSTAT=ACCEPTED:mailto:d.ofarrell@stkierans.ie
ATTENDEE;CN=Ms Siobhán Brennan;PARTSTAT=ACCEPTED:mailto:s.brennan@stkierans.ie
DESCRIPTION:St Kieran's University Hospital\, Dublin 9\n\nYou are invited to interview for the post of Registrar in Trauma & Orthopaedics (July 2026 - July 2027\, non-training scheme). Interview board: Mr Declan O'Farrell (Consultant Orthopaedic Surgeon)\, Ms Siobhán Brennan (Consultant Orthopaedic Surgeon). Please have your IMC registration number to hand.\n\nMedical Manpower Department\n\nJoin Zoom Meeting\nhttps://us06web.zoom.us/j/84411230765?pwd=bTFyOGx3\n\nMeeting ID: 844 1123 0765\nPasscode: 261904\n\nOne tap mobile\n+35312405111\,\,84411230765# Ireland
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
""", "-//zoom.us//iCalendar Event//EN", tz=("Europe/Dublin",)),

    ev("acf-university-en", (1, "University of the Marches", "Academic Clinical Fellowship in Trauma & Orthopaedics", "",
                             "prof.k.adeyemi@marches.ac.uk;l.thorne@marches.ac.uk", "academic-panel-en"), r"""
BEGIN:VEVENT
UID:ACF-2026-TO-07-llewellyn@marches.ac.uk
DTSTART;TZID=Europe/London:20260128T111000
DTEND;TZID=Europe/London:20260128T114000
SUMMARY:ACF interview (T&O) - Candidate 07 - R. Llewellyn
LOCATION:Room 1.14\, Dorothy Hodgkin Building\, Marches Medical School / MS Teams for remote panel
ORGANIZER;CN=Academic Training Office:mailto:academic.training@marches.ac.uk
ATTENDEE;CN=Rhys Llewellyn;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:rhys.llewellyn.md@gmail.com
ATTENDEE;CN=Prof Kemi Adeyemi (Chair);ROLE=REQ-PARTICIPANT:mailto:prof.k.adeyemi@marches.ac.uk
ATTENDEE;CN=Dr Lewis Thorne;ROLE=REQ-PARTICIPANT:mailto:l.thorne@marches.ac.uk
ATTENDEE;CN=Academic Training Office;ROLE=NON-PARTICIPANT:mailto:academic.training@marches.ac.uk
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN=DHB 1.14 (Seminar 12p):mailto:room.dhb114@marches.ac.uk
DESCRIPTION:NIHR Academic Clinical Fellowship - Trauma & Orthopaedics - University of the Marches\n\n30-minute interview: 10 min presentation of your research proposal ("Early weight-bearing after ankle ORIF")\, 20 min questions on research and clinical experience.\nPanel: Prof Kemi Adeyemi (Chair)\, Dr Lewis Thorne (Senior Lecturer in Musculoskeletal Science).\nThe Academic Training Office will be present to take notes only.
STATUS:CONFIRMED
END:VEVENT
""", OUTLOOK, tz=("Europe/London",)),

    ev("agency-names-hospital-phone-en", (1, "Royal Avon Hospital", "Locum Registrar (T&O)", "hiring_manager",
                                          "Nia Roberts", "agency-phone-en"), r"""
BEGIN:VEVENT
UID:sentinel-8cf21b06-44e5-11f0-a3a8-0242ac120002
DTSTART:20260114T123000Z
DTEND:20260114T125000Z
SUMMARY:Telephone interview - Locum Registrar T&O - Royal Avon Hospital
DESCRIPTION:Hi Rhys\,\n\nAs discussed\, Dr Nia Roberts (Clinical Director\, Trauma & Orthopaedics) at the Royal Avon Hospital in Bristol will call you on 07700 900314 at 12:30 for a quick telephone interview about the 3-month locum registrar post (1:8 on call\, weekends).\n\nShe'll want to hear about your logbook\, your hip fracture numbers and on-call experience. I'll call you straight after for feedback.\n\nGood luck!\nCallum Shaw\nSenior Consultant - Doctors\nSentinel Medical Staffing\nT: 0161 496 0855
LOCATION:Phone (she calls you)
ORGANIZER;CN=Callum Shaw:mailto:callum.shaw@sentinelmedical.co.uk
ATTENDEE;CN=Rhys Llewellyn;RSVP=TRUE:mailto:rhys.llewellyn.md@gmail.com
STATUS:CONFIRMED
END:VEVENT
""", "-//Bullhorn//Bullhorn Calendar//EN"),

    ev("medical-workforce-screen-en", (1, "Gloucester Vale Hospitals NHS Foundation Trust", "Trust Grade Doctor - Orthopaedics",
                                       "recruiter_screen", "karen.ashworth@glosvale.nhs.uk", "recruiter-screen-nhs-en"), r"""
BEGIN:VEVENT
UID:7rb1kd0q4m2s9gq3c6r0e8u2lc@google.com
DTSTART:20260108T150000Z
DTEND:20260108T152000Z
SUMMARY:Initial telephone conversation - Trust Grade Doctor (Orthopaedics) - Gloucester Vale
DESCRIPTION:Hello Rhys\, thank you for your interest in our Trust Grade Doctor vacancy. This initial call is with me (Karen\, Medical Recruitment Advisor) to go through your availability\, visa/right to work\, GMC status and salary point before we shortlist for the consultant interview. 15-20 minutes. I will ring your mobile.\n\nKaren Ashworth\nMedical Recruitment\, Gloucester Vale Hospitals NHS Foundation Trust
ORGANIZER;CN=Karen Ashworth:mailto:karen.ashworth@glosvale.nhs.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Karen Ashworth;X-NUM-GUESTS=0:mailto:karen.ashworth@glosvale.nhs.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rhys.llewellyn.md@gmail.com;X-NUM-GUESTS=0:mailto:rhys.llewellyn.md@gmail.com
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE, cal="CALSCALE:GREGORIAN"),

    ev("gcal-nhsnet-informal-interview-en", (1, "Royal Thameside Hospital", "MTC fellowship",
                                             "hiring_manager", "ayo.adeyemi@nhs.net", "google-meet-nhsnet-en"), r"""
BEGIN:VEVENT
DTSTART;TZID=Europe/London:20260205T173000
DTEND;TZID=Europe/London:20260205T180000
DTSTAMP:20260120T101112Z
ORGANIZER;CN=Ayo Adeyemi:mailto:ayo.adeyemi@nhs.net
UID:2m7hgq0b8k3fse5t1v4pdn9xja@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ayo Adeyemi;X-NUM-GUESTS=0:mailto:ayo.adeyemi@nhs.net
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rhys.llewellyn.md@gmail.com;X-NUM-GUESTS=0:mailto:rhys.llewellyn.md@gmail.com
X-GOOGLE-CONFERENCE:https://meet.google.com/pqz-hwvd-kta
DESCRIPTION:Hi Rhys - thanks for your CV. As the MTC fellowship lead I'd like to do a short interview with you before we put you forward to the formal panel: your trauma experience\, why London\, and rota expectations (1 in 6 nights).\n\nAyo\nMr Ayo Adeyemi\, Consultant Trauma & Orthopaedic Surgeon\, Royal Thameside Hospital Major Trauma Centre\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nJoin with Google Meet: https://meet.google.com/pqz-hwvd-kta\nOr dial: (GB) +44 20 3956 4411 PIN: 611 905 033#\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720\n\nPlease do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Rhys Llewellyn / Ayo - MTC fellowship chat
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE, cal="CALSCALE:GREGORIAN\nX-WR-TIMEZONE:Europe/London", tz=("Europe/London",)),

    ev("ms-bookings-wales-en", (1, "Morgannwg Bay University Health Board", "Junior Clinical Fellow (Orthopaedics)", "",
                                "rhodri.evans3@wales.nhs.uk", "ms-bookings-en"), r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00807E90213F0D49D1B11C20100000000000000001000000018C8A3C9
SUMMARY:Interview - Junior Clinical Fellow (Orthopaedics) for Rhys Llewellyn
DTSTART:20260116T100000Z
DTEND:20260116T103000Z
ORGANIZER;CN=MBUHB Medical Recruitment Interviews:mailto:MBUHBMedicalRecruitmentInterviews@wales.nhs.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rhys Llewellyn:mailto:rhys.llewellyn.md@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Evans, Rhodri (Morgannwg Bay - T&O)":mailto:rhodri.evans3@wales.nhs.uk
LOCATION:Microsoft Teams Meeting
DESCRIPTION:Your booking is confirmed\n\nService: Interview - Junior Clinical Fellow (Orthopaedics)\nStaff: Rhodri Evans\nDate: Friday 16 January 2026\nTime: 10:00 - 10:30 (GMT)\n\nMorgannwg Bay University Health Board\nMedical Recruitment\n\nJoin your appointment\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_OTgxY2Jh\n\nNeed to make changes? Manage booking: https://outlook.office365.com/owa/calendar/MBUHBMedicalRecruitmentInterviews@wales.nhs.uk/bookings/
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
""", EXCHANGE),

    ev("locum-bank-onsite-en", (1, "Dyfed Bay University Health Board", "Locum Appointment for Training (LAT) ST3 T&O",
                                "onsite", "iwan.morgan@wales.nhs.uk;catrin.bowen@wales.nhs.uk;aled.harries@wales.nhs.uk",
                                "lat-panel-en"), r"""
BEGIN:VEVENT
UID:LAT-TO-DBUHB-20260224-R07@wales.nhs.uk
DTSTART;TZID=Europe/London:20260224T091500
DTEND;TZID=Europe/London:20260224T100000
SUMMARY:LAT ST3 T&O interviews - Dr Rhys Llewellyn (09:15)
LOCATION:Postgraduate Centre\, Ysbyty Bae Dyfed\, Llanelli
ORGANIZER;CN="Williams, Gwen (DBUHB Medical Education)":mailto:gwen.williams7@wales.nhs.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Llewellyn, Rhys":mailto:rhys.llewellyn@wales.nhs.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Morgan, Iwan (Chair - TPD T&O)":mailto:iwan.morgan@wales.nhs.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Bowen, Catrin":mailto:catrin.bowen@wales.nhs.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Harries, Aled":mailto:aled.harries@wales.nhs.uk
ATTENDEE;ROLE=NON-PARTICIPANT;CN="Williams, Gwen (DBUHB Medical Education)":mailto:gwen.williams7@wales.nhs.uk
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN=PGC Interview Room A:mailto:pgc.rooma.dbuhb@wales.nhs.uk
DESCRIPTION:Locum Appointment for Training - ST3 Trauma & Orthopaedics (12 months) - Dyfed Bay University Health Board\n\nFace-to-face interview. Panel: Mr Iwan Morgan (TPD\, chair)\, Miss Catrin Bowen\, Mr Aled Harries. Gwen (Med Ed) will greet candidates and check documents - she is not on the panel.\n\nPlease bring your portfolio (e-portfolio printout acceptable).
STATUS:CONFIRMED
END:VEVENT
""", OUTLOOK, tz=("Europe/London",)),

    ev("rescheduled-nhs-en", (1, "Pennine & Wye NHS Trust", "Senior Clinical Fellow - Foot & Ankle", "",
                              "tom.hargreaves@pwnt.nhs.uk", "rescheduled-en"), r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000E07C1D3F918BDC01000000000000000010000000BB19C7E2F05A
ORGANIZER;CN="Hargreaves, Tom":mailto:tom.hargreaves@pwnt.nhs.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rhys Llewellyn:mailto:rhys.llewellyn.md@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Akhtar, Saima (PA to Mr Hargreaves)":mailto:saima.akhtar@pwnt.nhs.uk
SUMMARY;LANGUAGE=en-GB:UPDATED TIME - Interview - Senior Clinical Fellow Foot & Ankle
DTSTART;TZID=GMT Standard Time:20260212T080000
DTEND;TZID=GMT Standard Time:20260212T083000
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
DESCRIPTION;LANGUAGE=en-GB:Rhys - apologies\, theatre list moved so I've had to push this to 8am on Thursday 12th (was Wednesday 11th\, 17:00). Same link. Saima will resend the job description.\n\nTom Hargreaves\nConsultant Foot & Ankle Surgeon\, Pennine & Wye NHS Trust\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_MDQ3ZW>\nMeeting ID: 312 665 901 447  Passcode: B3sx9K\n________________________________________________________________________________
SEQUENCE:2
STATUS:CONFIRMED
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-APPT-SEQUENCE:2
END:VEVENT
""", OUTLOOK, tz=("GMT Standard Time",)),

    ev("nhs-jobs-final-en", (1, "Northwold Teaching Hospitals NHS Trust", "Clinical Fellow in Orthopaedic Trauma", "final",
                             "Priya Venkatesh;Marcus Hale", "nhs-jobs-final-en"), r"""
BEGIN:VEVENT
UID:nhsjobs-interview-C9922-17733-5@jobs.nhs.uk
DTSTART;TZID=Europe/London:20260306T130000
DTEND;TZID=Europe/London:20260306T140000
SUMMARY:Interview: C9922-26-0173 Clinical Fellow in Orthopaedic Trauma
LOCATION:Northwold General Hospital\, Level 4 Orthopaedic Offices\, Norwich NR2 3TT
DESCRIPTION:Northwold Teaching Hospitals NHS Trust\n\nYou have been invited to a final interview for Clinical Fellow in Orthopaedic Trauma (C9922-26-0173).\n\nFormat: 40-minute panel interview followed by a 20-minute meet-the-team with the current fellows (not assessed).\nInterview panel: Miss Priya Venkatesh (Divisional Director)\, Mr Marcus Hale (Consultant).\n\nIf you can no longer attend\, withdraw or rearrange in your NHS Jobs account.
ORGANIZER;CN=NHS Jobs:mailto:no-reply@jobs.nhs.uk
ATTENDEE;CN=Rhys Llewellyn:mailto:rhys.llewellyn.md@gmail.com
STATUS:CONFIRMED
END:VEVENT
""", "-//NHS Business Services Authority//NHS Jobs//EN", tz=("Europe/London",)),
]

FORMS = {
    "Severn & Marches Deanery": "Severn and Marches Postgraduate Deanery|Severn & Marches Postgraduate Deanery|"
                                "Severn and Marches Deanery",
    "Pennant Valley NHS Foundation Trust": "Pennant Valley NHS Trust",
    "Hywel Teifi University Health Board": "Hywel Teifi UHB|Hywel Teifi Health Board|HTUHB|"
                                           "Bwrdd Iechyd Prifysgol Hywel Teifi",
    "NHS Strathmore": "Strathmore",
    "St Kieran's University Hospital": "SKUH|St Kieran's Hospital|St Kieran's",
    "University of the Marches": "",
    "Royal Avon Hospital": "Royal Avon",
    "Gloucester Vale Hospitals NHS Foundation Trust": "Gloucester Vale Hospitals",
    "Royal Thameside Hospital": "Royal Thameside",
    "Morgannwg Bay University Health Board": "Morgannwg Bay UHB|MBUHB|Morgannwg Bay Health Board",
    "Dyfed Bay University Health Board": "Dyfed Bay UHB|DBUHB|Dyfed Bay Health Board",
    "Pennine & Wye NHS Trust": "Pennine and Wye NHS Trust|Pennine & Wye|Pennine and Wye|PWNT",
    "Northwold Teaching Hospitals NHS Trust": "Northwold Teaching Hospitals",
}
