"""holdout44: the user's own interviews, English, part A (Greenhouse, Teamtailor, Lever, Ashby, Cal.com, iCIMS)."""

from __future__ import annotations

from holdout44ev_ics import Ev

FORMS = {
    "Alpenrose Biotech": "Alpenrose",
    "Nuvia Health": "Nuvia",
    "Quantica Robotics": "Quantica",
    "Clearwater Payments": "Clearwater",
    "Lumen Analytics": "Lumen",
    "Meridian Commodities": "Meridian",
}

_GOOGLE_HEAD = r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@tz zurich
"""

_ALPENROSE_SCREEN = _GOOGLE_HEAD + r"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20260310T100000
DTEND;TZID=Europe/Zurich:20260310T103000
DTSTAMP:20260304T151212Z
ORGANIZER;CN=Hannah Brügger:mailto:hannah.bruegger@alpenrose-bio.ch
UID:2k8f1s0c7vq3o9m4r6t1b5n2lp@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Hannah Brügger;X-NUM-GUESTS=0:
  ~mailto:hannah.bruegger@alpenrose-bio.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=chloe.favre@protonmail.ch;
  ~X-NUM-GUESTS=0:mailto:chloe.favre@protonmail.ch
DESCRIPTION:Hi Chloé,\n\nThanks again for applying for the Finance Controller role at Alpenrose Biotech. This is a
  30-minute video call with me to walk through your background, your notice period and what you are looking for.\n
  \nJoin Zoom Meeting\nhttps://alpenrose-bio.zoom.us/j/86120334571?pwd=QmZ0T2xkN1dVUjNxb0JYc3hDdz09\nMeeting ID: 861
  2033 4571\nPasscode: 552910\n\nBest,\nHannah Brügger\nTalent Acquisition Partner\n\nThis interview was scheduled
  through Greenhouse. To reschedule, just reply to this email.
LAST-MODIFIED:20260304T151212Z
LOCATION:https://alpenrose-bio.zoom.us/j/86120334571
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Chloé Favre <> Alpenrose Biotech | Finance Controller – Recruiter Screen
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""

_ALPENROSE_ONSITE = _GOOGLE_HEAD + r"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20260401T093000
DTEND;TZID=Europe/Zurich:20260401T121500
DTSTAMP:20260325T130530Z
ORGANIZER;CN=Mia Keller:mailto:mia.keller@alpenrose-bio.ch
UID:09ac3tq6f8n2l5h7d1b4k6m3p0@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=chloe.favre@protonmail.ch;
  ~X-NUM-GUESTS=0:mailto:chloe.favre@protonmail.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Marc-Antoine Lenoir;X-NUM-GUESTS=0:
  ~mailto:marc-antoine.lenoir@alpenrose-bio.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Priya Raman;X-NUM-GUESTS=0:
  ~mailto:priya.raman@alpenrose-bio.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN=Jonas Widmer;X-NUM-GUESTS=0:
  ~mailto:jonas.widmer@alpenrose-bio.ch
ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=PLO-B2-Meeting Room Arve (6);
  ~X-NUM-GUESTS=0:mailto:c_188f2a9c4e1b7d3a@resource.calendar.google.com
DESCRIPTION:Hi Chloé,\n\nWe're looking forward to welcoming you at our Plan-les-Ouates site for your onsite
  interviews for the Finance Controller position. Your schedule:\n\n09:30 – 10:15  Marc-Antoine Lenoir, VP Finance
  \n10:15 – 11:00  Priya Raman, Head of FP&A (includes a short Excel exercise)\n11:15 – 12:00  Jonas Widmer, CFO\n\n
  ~Please ask for me at the reception of Building B, Chemin des Aulx 14, 1228 Plan-les-Ouates. I'll take you from
  one conversation to the next but won't be interviewing you myself.\n\nBest,\nMia Keller\nRecruiting Coordinator,
  Alpenrose Biotech SA\n\nScheduled via Greenhouse
LAST-MODIFIED:20260325T130530Z
LOCATION:PLO-B2-Meeting Room Arve (6)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Onsite interviews – Chloé Favre – Finance Controller
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""

_NUVIA_TEAMTAILOR = r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Meetings//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:teamtailor-meeting-8f3e0a27-5b4c-4d71-9e2a-c0d1e2f3a4b5
DTSTAMP:20260319T084533Z
DTSTART:20260326T130000Z
DTEND:20260326T141500Z
SUMMARY:Case study interview – Financial Controller | Nuvia Health
ORGANIZER;CN=Nuvia Health:mailto:no-reply@teamtailor-mail.com
ATTENDEE;CN=Chloé Favre;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:chloe.favre@protonmail.ch
ATTENDEE;CN=Elena Rossi;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:elena.rossi@nuviahealth.com
ATTENDEE;CN=Tobias Frei;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:tobias.frei@nuviahealth.com
LOCATION:Google Meet
DESCRIPTION:Hi Chloé!\n\nYou're invited to the case study interview for Financial Controller at Nuvia Health.
  You'll present the case we sent you (month-end close and cash forecast for a medtech scale-up) to Elena Rossi
  (CFO) and Tobias Frei (FP&A Lead), followed by questions.\n\nJoin with Google Meet: https://meet.google.com/
  ~rvw-ocjx-tgy\nJoin by phone: (CH) +41 43 210 55 82 PIN: 903 441 127#\n\nAll the best,\nThe Nuvia Health team
  \n\nSent with Teamtailor
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""

_QUANTICA_LEVER = _GOOGLE_HEAD + r"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20260320T090000
DTEND;TZID=Europe/Zurich:20260320T094500
DTSTAMP:20260316T171522Z
ORGANIZER;CN=Lena Hofmann:mailto:lena@quantica.ai
UID:1q5u9y3c7g1k5o9s3w7a1e5i9m@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=chloe.favre@protonmail.ch;
  ~X-NUM-GUESTS=0:mailto:chloe.favre@protonmail.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Arnaud Villard;X-NUM-GUESTS=0:
  ~mailto:arnaud@quantica.ai
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Lena Hofmann;X-NUM-GUESTS=0:
  ~mailto:lena@quantica.ai
X-GOOGLE-CONFERENCE:https://meet.google.com/bqs-mzkd-wfo
DESCRIPTION:Hi Chloé,\n\nAs discussed, here is your conversation with Arnaud Villard, our co-founder & CEO, who
  will be your manager in the Head of Finance role. I'm only on the invite to keep track of logistics.\n\nLena
  \nPeople & Operations, Quantica Robotics (EPFL Innovation Park)\n\n—\nScheduled with Lever\n\n
  ~-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nJoin with
  Google Meet: https://meet.google.com/bqs-mzkd-wfo\nJoin by phone\n(CH) +41 44 529 81 33 PIN: 771 208 554#\n\nLearn
  more about Meet at: https://support.google.com/a/users/answer/9282720\n\nPlease do not edit this section.\n
  ~-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20260316T171522Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Chloé Favre - Head of Finance - Video interview with Arnaud
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""

_CLEARWATER_ASHBY = _GOOGLE_HEAD + r"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20260402T160000
DTEND;TZID=Europe/Zurich:20260402T170000
DTSTAMP:20260327T092201Z
ORGANIZER;CN=Clearwater Recruiting:mailto:recruiting@clearwaterpay.com
UID:ashby-7d2b5e9a0c4f4f4e8b1a3c6d9e2f5a8b@clearwaterpay.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Chloé Favre;X-NUM-GUESTS=0:
  ~mailto:chloe.favre@protonmail.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Sam Okafor;X-NUM-GUESTS=0:
  ~mailto:sam.okafor@clearwaterpay.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Lea Brandt;X-NUM-GUESTS=0:
  ~mailto:lea.brandt@clearwaterpay.com
DESCRIPTION:Hi Chloé,\n\nHere are the details for your Financial Modelling Exercise for the Finance Manager role.
  \n\nInterviewers: Sam Okafor (VP Finance), Lea Brandt (Senior FP&A Analyst)\nFormat: 15 min walkthrough of the
  model you built, 45 min live questions and a short extension of the model.\n\nZoom: https://clearwaterpay.zoom.us/j/
  ~97712036648?pwd=dUhJa0lTbWZ3cE1hQ2R5\n\nNeed to reschedule? https://app.ashbyhq.com/interview-reschedule/
  ~7d2b5e9a-0c4f-4f4e-8b1a-3c6d9e2f5a8b\n\nClearwater Payments Talent Team
LAST-MODIFIED:20260327T092201Z
LOCATION:https://clearwaterpay.zoom.us/j/97712036648
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Chloé Favre <> Clearwater: Financial Modelling Exercise
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""

_CLEARWATER_ONSITE = _GOOGLE_HEAD + r"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20260416T093000
DTEND;TZID=Europe/Zurich:20260416T130000
DTSTAMP:20260408T153307Z
ORGANIZER;CN=Clearwater Recruiting:mailto:recruiting@clearwaterpay.com
UID:ashby-1f8c3a6e9b2d4c7f8a0e1d2c3b4a5968@clearwaterpay.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Chloé Favre;X-NUM-GUESTS=0:
  ~mailto:chloe.favre@protonmail.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=David Kunz;X-NUM-GUESTS=0:
  ~mailto:david.kunz@clearwaterpay.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Sam Okafor;X-NUM-GUESTS=0:
  ~mailto:sam.okafor@clearwaterpay.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Maria Santos;X-NUM-GUESTS=0:
  ~mailto:maria.santos@clearwaterpay.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ines Berger;X-NUM-GUESTS=0:
  ~mailto:ines.berger@clearwaterpay.com
DESCRIPTION:Hi Chloé,\n\nWe're excited to host you in Zurich (Förrlibuckstrasse 180, 5th floor) for your onsite
  for the Finance Manager role.\n\n09:30  Welcome & coffee with Ines Berger (Recruiting Coordinator)\n09:45
  David Kunz, CEO\n10:30  Sam Okafor, VP Finance – deep dive on your model\n11:15  Maria Santos, Head of People –
  values & ways of working\n12:00  Lunch with the finance team (informal, not an interview)\n\nNeed to reschedule?
  https://app.ashbyhq.com/interview-reschedule/1f8c3a6e-9b2d-4c7f-8a0e-1d2c3b4a5968\n\nClearwater Payments Talent
  Team
LAST-MODIFIED:20260408T153307Z
LOCATION:Clearwater Payments\, Förrlibuckstrasse 180\, 8005 Zürich
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Onsite Interview – Finance Manager – Chloé Favre (Zurich)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""

_LUMEN_CALCOM = r"""
BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:k2F9pQ7xR4mT1vW8yZ3bN6cD@Cal.com
DTSTAMP:20260309T202115Z
DTSTART:20260313T160000Z
DTEND:20260313T163000Z
SUMMARY:Intro call between Marco Steiner and Chloé Favre
ORGANIZER;CN=Marco Steiner:mailto:marco.steiner.ch@gmail.com
ATTENDEE;CN=Chloé Favre;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:chloe.favre@protonmail.ch
LOCATION:https://app.cal.com/video/k2F9pQ7xR4mT1vW8yZ3bN6cD
DESCRIPTION:What: Intro call between Marco Steiner and Chloé Favre\nInvitee Time Zone: Europe/Zurich\nWho:\n
  ~Marco Steiner - Organizer\nmarco.steiner.ch@gmail.com\nChloé Favre\nchloe.favre@protonmail.ch\nWhere: Cal Video
  \nDescription: Lumen Analytics (seed stage, 9 people, Lausanne) – let's talk about the fractional CFO role we
  are opening (2 days/week to start).\nAdditional notes: Happy to do it in French too!\n\nNeed to make a change?
  Cancel: https://app.cal.com/booking/k2F9pQ7xR4mT1vW8yZ3bN6cD?cancel=true\nReschedule:
  https://app.cal.com/reschedule/k2F9pQ7xR4mT1vW8yZ3bN6cD
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""

_MERIDIAN_ICIMS = r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//iCIMS//iCIMS Talent Cloud Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:icims-evt-2026-1187-44871-0001@meridian-commodities.icims.com
DTSTAMP:20260302T133019Z
DTSTART:20260306T080000Z
DTEND:20260306T083000Z
SUMMARY:Phone Interview – Senior Financial Controller (Req 2026-1187)
ORGANIZER;CN=Rachel Adams:mailto:radams@meridian-commodities.com
ATTENDEE;CN=Chloé Favre;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:chloe.favre@protonmail.ch
LOCATION:Phone – Rachel will call +41 79 412 88 05
DESCRIPTION:Dear Chloé,\n\nThank you for your application to Meridian Commodities SA. I would like to invite you
  to a 30-minute phone interview for the Senior Financial Controller position (Req 2026-1187) based in Geneva.\n\n
  ~I will call you on the number provided in your application.\n\nKind regards,\nRachel Adams\nTalent Acquisition,
  EMEA\nMeridian Commodities SA | Rue du Rhône 80 | 1204 Geneva
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""

EVENTS = [
    Ev("greenhouse-zoom-screen-en", "en", "2k8f1s0c7vq3o9m4r6t1b5n2lp@google.com", _ALPENROSE_SCREEN, 1,
       "Alpenrose Biotech", "Finance Controller", "recruiter_screen", "hannah.bruegger@alpenrose-bio.ch",
       "greenhouse-zoom-recruiter-screen-en"),
    Ev("greenhouse-onsite-en", "en", "09ac3tq6f8n2l5h7d1b4k6m3p0@google.com", _ALPENROSE_ONSITE, 1,
       "Alpenrose Biotech", "Finance Controller", "onsite",
       "marc-antoine.lenoir@alpenrose-bio.ch;priya.raman@alpenrose-bio.ch;jonas.widmer@alpenrose-bio.ch",
       "greenhouse-onsite-coordinator-room-en"),
    Ev("teamtailor-case-en", "en", "teamtailor-meeting-8f3e0a27-5b4c-4d71-9e2a-c0d1e2f3a4b5", _NUVIA_TEAMTAILOR, 1,
       "Nuvia Health", "Financial Controller", "technical",
       "elena.rossi@nuviahealth.com;tobias.frei@nuviahealth.com", "teamtailor-case-utc-en"),
    Ev("lever-ceo-en", "en", "1q5u9y3c7g1k5o9s3w7a1e5i9m@google.com", _QUANTICA_LEVER, 1,
       "Quantica Robotics", "Head of Finance", "hiring_manager", "arnaud@quantica.ai",
       "lever-meet-coordinator-optional-en"),
    Ev("ashby-modelling-en", "en", "ashby-7d2b5e9a0c4f4f4e8b1a3c6d9e2f5a8b@clearwaterpay.com", _CLEARWATER_ASHBY, 1,
       "Clearwater Payments", "Finance Manager", "technical",
       "sam.okafor@clearwaterpay.com;lea.brandt@clearwaterpay.com", "ashby-technical-zoom-en"),
    Ev("ashby-onsite-en", "en", "ashby-1f8c3a6e9b2d4c7f8a0e1d2c3b4a5968@clearwaterpay.com", _CLEARWATER_ONSITE, 1,
       "Clearwater Payments", "Finance Manager", "onsite",
       "david.kunz@clearwaterpay.com;sam.okafor@clearwaterpay.com;maria.santos@clearwaterpay.com",
       "ashby-onsite-coordinator-en"),
    Ev("calcom-founder-en", "en", "k2F9pQ7xR4mT1vW8yZ3bN6cD@Cal.com", _LUMEN_CALCOM, 1,
       "Lumen Analytics", "fractional CFO", "", "marco.steiner.ch@gmail.com", "calcom-freemail-founder-en"),
    Ev("icims-phone-en", "en", "icims-evt-2026-1187-44871-0001@meridian-commodities.icims.com", _MERIDIAN_ICIMS, 1,
       "Meridian Commodities", "Senior Financial Controller", "recruiter_screen", "radams@meridian-commodities.com",
       "icims-phone-screen-utc-en"),
]
