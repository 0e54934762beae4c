# ruff: noqa: E501 - the bank holds message paragraphs one per line, as written
"""German whole-message templates for train7 (CC0; written for this split). Format as in train7_bank_en."""

BANK = r"""
@@ rejection status_portal ats f nop
Statusänderung Ihrer Bewerbung
Der Status Ihrer Bewerbung als {role} (Kennziffer {ref}) hat sich geändert.

Neuer Status: Verfahren beendet - nicht berücksichtigt

Alle Details finden Sie in Ihrem Bewerberkonto: {link}
@@ rejection status_portal ats f nop
Ihre Bewerbung bei {co}: neuer Stand
Es gibt Neuigkeiten zu Ihrer Bewerbung auf die Stelle {role}. Bitte melden Sie sich im Bewerberportal an, um den aktuellen Status einzusehen: {link}

Status: Archiviert
@@ rejection implied hr f
Ihre Bewerbung als {role}
vielen Dank für Ihr Interesse an {co} und die Zeit, die Sie sich für das Gespräch genommen haben.

Nach sorgfältiger Abwägung haben wir uns entschieden, den Prozess mit Kandidatinnen und Kandidaten fortzusetzen, deren Profil noch näher an den Anforderungen der Stelle liegt. Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.
@@ rejection implied manager i quote
AW: Danke für das Gespräch
danke für deine nette Nachricht. Ich will ehrlich sein: Wir gehen bei der Stelle in eine andere Richtung und holen jemanden mit mehr Erfahrung in der Hydraulik. War knapp, deine Konstruktionsaufgabe fanden alle stark.
@@ rejection post_assessment hr f
Ergebnis Ihrer Fallstudie
vielen Dank für die Bearbeitung der Konstruktionsaufgabe. Das Auswahlgremium hat Ihre Lösung geprüft; sie erfüllt die Anforderungen für die letzte Runde jedoch nicht vollständig, sodass wir Ihre Bewerbung nicht weiterverfolgen.

{promise}
@@ rejection search_closed hr f nop
Stelle {role} wird nicht besetzt
wir müssen Ihnen mitteilen, dass die Ausschreibung {role} zurückgezogen wurde. Aufgrund einer geänderten Auftragslage wird die Position in diesem Jahr nicht besetzt; das Verfahren endet für alle Bewerbenden ohne Einstellung.

Vielen Dank für Ihre Geduld.
@@ rejection mobile_terse founder i bare mobile nop
Re: Stelle
hi lukas, sorry - wir haben uns für jemand anderen entschieden. hat mich echt gefreut dich kennenzulernen, alles gute!
@@ rejection reply_rejection recruiter f bare reply nop
AW: Stand der Dinge?
Hallo Herr Brandt, leider hat sich die Fachabteilung für einen anderen Kandidaten entschieden. Tut mir leid, dass es diesmal nicht geklappt hat.
@@ rejection rescinded hr f nop
Ihr Vertragsangebot
mit großem Bedauern müssen wir Ihnen mitteilen, dass wir das Ihnen unterbreitete Angebot für die Position {role} zurückziehen. Der Konzern hat gestern einen sofortigen Einstellungsstopp verhängt, der auch bereits zugesagte Stellen betrifft.

Mit Ihrer Person hat diese Entscheidung nichts zu tun.
@@ rejection rescinded manager i nop
Schlechte Nachrichten
ich schreibe dir das wirklich ungern. Durch die Umstrukturierung der Entwicklung fällt die Stelle weg, die wir dir angeboten hatten, und die Zusage müssen wir leider zurücknehmen. Wenn du eine Referenz brauchst, melde dich jederzeit.
@@ rejection typo_rejection recruiter i
absage {role}
leidr müssen wir dir eine absage geben, wir haben uns für einen anderen bewerber entschieden. danke für deine zeit!
@@ rejection offer_to_other recruiter f
Rückmeldung zur Stelle {role}
wir haben die Stelle inzwischen einem anderen Bewerber angeboten, der unser Angebot angenommen hat. Damit ist die Position besetzt. Wir bedanken uns herzlich für Ihr Interesse.
@@ rejection agency_rejection agency f quote
Rückmeldung von {co}
ich habe heute Rückmeldung von {co} erhalten: Der Kunde setzt den Prozess mit einem Kandidaten fort, der bereits Erfahrung mit Medizinprodukten mitbringt. Für diese Stelle geht es daher nicht weiter. Ich melde mich, sobald ich eine passende Position für Sie habe.
@@ offer casual_offer manager i quote
AW: Danke!
wir wollen dich unbedingt im Team haben! Nach deinem Vortrag waren sich alle einig. Können wir morgen kurz telefonieren und über das Gehalt sprechen? Den Vertrag schickt dann die Personalabteilung.
@@ offer conditional_offer hr f
Zusage unter Vorbehalt
wir freuen uns, Ihnen die Stelle als {role} anbieten zu können. Die Zusage steht unter dem Vorbehalt der Zustimmung des Betriebsrats, die in der Sitzung am {date1} eingeholt wird.

Ihren Arbeitsvertrag erhalten Sie unmittelbar danach.
@@ offer paperwork hr f
Ihre Vertragsunterlagen
herzlich willkommen bei {co}! Anbei erhalten Sie Ihren Arbeitsvertrag als {role} in zweifacher Ausfertigung. Bitte senden Sie uns ein unterschriebenes Exemplar bis zum {date1} zurück.
@@ offer verbal_offer recruiter f
Unser Telefonat
wie eben am Telefon besprochen, bestätige ich Ihnen gerne schriftlich: Wir möchten Sie als {role} einstellen. Das Jahresgehalt von 68.000 EUR und der Starttermin am {date1} sind mit der Fachabteilung abgestimmt.
@@ offer founder_phone founder i bare mobile
Zusage
lukas!! wir wollen dich. angebot kommt heute abend per mail, gehalt wie besprochen. sag ja
@@ offer typo_offer recruiter i bare
gute nachrichten
hi lukas, die zusgae ist durch!! vertrag kommt diese woche, herzlichen glückwunsch
@@ next_step offer_slot ats f nop
Einladung zum Zweitgespräch
wir möchten Ihnen gerne einen Termin für ein zweites Gespräch zur Stelle {role} anbieten. Bitte wählen Sie über den folgenden Link einen passenden Termin: {link}
@@ next_step trial_day manager i
Probearbeitstag
wir würden dich gerne zu einem Probearbeitstag einladen, am {wd1}, {date1}, ab 8:30 Uhr in der Konstruktion. Du lernst das Team kennen und schaust dir ein echtes Projekt an.

{promise}
@@ next_step reschedule_unfortunately recruiter f
Terminverschiebung
leider ist Herr Haas an dem vereinbarten Tag auf Dienstreise. Könnten wir das Gespräch auf {wd1}, {date1}, um 14 Uhr verschieben?
@@ next_step assessment hr f
Nächster Schritt: Konstruktionsaufgabe
Sie sind eine Runde weiter! Als Nächstes bitten wir Sie, eine kurze Konstruktionsaufgabe zu bearbeiten. Die Unterlagen sind angehängt; bitte senden Sie uns Ihre Lösung bis {date1}.

{promise}
@@ pending waitlist_offer_other recruiter f
Zwischenstand
ich möchte offen mit Ihnen sein: Die Fachabteilung hat einem anderen Kandidaten ein Angebot gemacht. Sie waren sehr knapp dahinter; sollte er absagen, kommen wir direkt auf Sie zu.

{promise}
@@ pending reserve_list hr f
Nachrückliste {role}
die Auswahlkommission hat Sie auf Platz 2 der Nachrückliste gesetzt. Die Stelle wurde dem erstplatzierten Bewerber angeboten; sollte er das Angebot nicht annehmen, treten wir an Sie heran.

{promise}
@@ pending on_hold hr f quote
AW: Nachfrage Bewerbung
die Besetzung der Stelle ist derzeit pausiert, bis das Budget für das kommende Jahr freigegeben ist. Ihre Bewerbung bleibt aktiv, eine Entscheidung ist noch nicht gefallen.

{promise}
@@ pending delay recruiter i quote
AW: Gibt es was Neues?
sorry, dass es so lange dauert. Die Entscheidung hat sich verschoben, weil der Bereichsleiter im Urlaub war.

{promise}
@@ pending pending_regret hr f
Ihre Bewerbung
wir bedauern, dass Sie noch keine Rückmeldung erhalten haben. Das Auswahlverfahren dauert aufgrund der vielen Bewerbungen länger als geplant.

{promise}
@@ acknowledgement received ats f
Eingangsbestätigung: {role}
vielen Dank für Ihre Bewerbung als {role}. Ihre Unterlagen sind vollständig bei uns eingegangen und werden von der Fachabteilung geprüft.

{promise}
@@ acknowledgement ack_offer_word ats f
Ihre Bewerbung ist eingegangen
wir haben Ihre Bewerbung erhalten. Während wir sie prüfen: Was wir bieten, finden Sie auf unserer Karriereseite - 30 Tage Urlaub, betriebliche Altersvorsorge und JobRad.

{promise}
@@ acknowledgement ack_unfortunately hr f
Bestätigung Ihrer Bewerbung
Ihre Bewerbung ist bei uns eingegangen. Leider können wir Ihnen wegen der hohen Zahl an Zuschriften keinen Zwischenstand geben, jede Bewerbung wird aber persönlich gelesen.

{promise}
@@ auto_reply out_of_office ooo f bare nop
Abwesenheitsnotiz: {role}
Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich {date1} nicht im Büro und habe keinen Zugriff auf E-Mails. In dringenden Fällen wenden Sie sich bitte an die Personalabteilung.
@@ auto_reply left_company noreply f bare nop
Automatische Antwort
{sender} ist nicht mehr bei {co} tätig. Dieses Postfach wird nicht mehr gelesen. Bewerbungsanfragen richten Sie bitte an unser Recruiting-Team.
@@ other interviewer_offer colleague i nop
Entscheidung Konstrukteur
danke fürs Mitmachen in den Gesprächen. Wir machen {cand} ein Angebot - kannst du sie morgen anrufen, bevor die Personalabteilung den Vertrag schickt?
@@ other newsletter_offer_regret board f nop
Ihr Ingenieur-Newsletter
Die besten Angebote der Woche: 180 neue Stellen im Maschinenbau. Leider müssen wir mitteilen, dass unser Gehaltsrechner ab Dezember eingestellt wird. Jetzt Premium zum Angebotspreis sichern!
@@ other job_alert board f nop
Neue Stellen für Sie
5 neue Stellen passen zu Ihrem Suchauftrag "{role}". Top-Treffer: {role} bei {co}. Bewerbungsschluss: {date1}.
@@ other market_update agency f nop
Marktupdate Maschinenbau
ein kurzes Update zum Markt: Viele Kunden stellen wegen der Auftragslage vorsichtiger ein, Angebote kommen häufiger mit Vorbehalt, Gegenangebote sind wieder verbreitet. Leider sind einige Stellen bis Januar eingefroren. Melden Sie sich gern für ein Gespräch.
@@ other withdrawal hr f nop
AW: Rückzug meiner Bewerbung
vielen Dank für Ihre Nachricht. Wir bedauern Ihre Entscheidung, haben Ihre Bewerbung als {role} aber wie gewünscht zurückgezogen und gratulieren Ihnen zur neuen Stelle.
"""

BANK += r"""
@@ rejection implied hr f
Rückmeldung zu Ihrer Bewerbung
vielen Dank für Ihre Bewerbung als {role} und das offene Gespräch.

Nach reiflicher Überlegung {implied}. Wir wissen, dass diese Nachricht enttäuschend ist, und danken Ihnen für Ihr Interesse an {co}.
@@ rejection implied recruiter i quote
AW: Kurze Nachfrage
danke für deine Geduld! Nach vielen Gesprächen {implied}. Du hast einen richtig guten Eindruck hinterlassen - ich würde gern in Kontakt bleiben.
@@ rejection implied ats f nop
Ihre Bewerbung bei {co}
vielen Dank für Ihre Bewerbung als {role}. Nach Prüfung Ihrer Unterlagen {implied}.

Wir wünschen Ihnen viel Erfolg und würden uns freuen, wenn Sie sich wieder bewerben.
@@ rejection status_portal ats f nop
Neuigkeiten im Bewerberportal
Hallo {first}, der Status Ihrer Bewerbung hat sich geändert.

{role}: {status}

Zum Portal: {link}
@@ rejection mobile_terse manager i bare mobile nop
AW: Gespräch
hi lukas, sorry, wir nehmen jemand anderen. danke dir fürs kommen!
@@ rejection post_assessment manager i
Deine Präsentation
danke für deine Präsentation der Fallstudie am Donnerstag. Wir haben uns im Team besprochen: Der Lösungsansatz war interessant, aber die Auslegung der Welle hat uns nicht überzeugt. Deshalb werden wir dir kein Angebot machen.

{promise}
@@ rejection search_closed recruiter f nop
Ausschreibung zurückgezogen
die Stelle {role} wird nicht besetzt - die Geschäftsführung hat das Projekt gestoppt. Das Verfahren ist damit für alle Bewerbenden beendet, eine Einstellung erfolgt nicht.
@@ rejection rescinded hr f nop
Rücknahme unseres Angebots
aufgrund {reason} sehen wir uns gezwungen, das Ihnen gemachte Angebot für die Position {role} zurückzunehmen. Uns ist bewusst, wie enttäuschend das nach Ihrer Zusage ist.
@@ rejection reply_rejection manager i bare reply nop
AW: Nachfrage
Hi Lukas, wir haben die Stelle jetzt anderweitig besetzt. Danke dir für alles und viel Erfolg!
@@ rejection typo_rejection hr f
ihre bewerbung
sehr geehrter herr brandt, leider müssen wir ihnen eine absage erteilen, wir haben uns für einen anderne kandidaten entschieden. mit freundlichen grüßen
@@ rejection warm_rejection manager f quote
AW: Vielen Dank für das Gespräch
vielen Dank für Ihre freundliche Nachricht. Wir waren von Ihrer Erfahrung mit Prüfständen wirklich beeindruckt. Dennoch haben wir uns am Ende für eine Kandidatin entschieden, die bereits in der Luftfahrt gearbeitet hat; sie hat unser Angebot angenommen.
@@ offer welcome_aboard recruiter i
Willkommen an Bord!
der Vertrag ist gegengezeichnet - herzlich willkommen an Bord! Dein erster Tag ist {wd1}, der {date1}. Sabine holt dich um 8 Uhr am Empfang ab.
@@ offer conditional_offer hr f
Ihre Einstellung
wir freuen uns, Ihnen mitzuteilen, dass wir Sie als {role} einstellen möchten. Die Einstellung erfolgt vorbehaltlich eines einwandfreien Führungszeugnisses und der arbeitsmedizinischen Eignungsuntersuchung.
@@ offer contract_sent hr f
Ihr Arbeitsvertrag per DocuSign
Ihr Arbeitsvertrag als {role} wurde Ihnen soeben per DocuSign zugeschickt. Er enthält die besprochenen Konditionen: 40 Stunden, 30 Tage Urlaub, Start am {date1}.
@@ offer casual_offer founder i
Na, Lust?
wir sind uns alle einig: Wir wollen dich! Wenn du magst, schicke ich dir morgen das Angebot - Gehalt wie besprochen, plus Dienstrad. Freu mich auf deine Antwort!
@@ next_step offer_call manager f
Telefonat
gerne möchten wir Ihnen ein kurzes Telefonat mit unserem Bereichsleiter anbieten, bevor wir Sie zum Abschlussgespräch einladen. Passt Ihnen {wd1} um 16 Uhr?
@@ next_step stage_passed ats f
Sie sind eine Runde weiter
herzlichen Glückwunsch - Sie haben die erste Auswahlrunde für {role} erfolgreich durchlaufen. Bitte buchen Sie über den Link einen Termin für das Fachgespräch: {link}

{promise}
@@ pending runner_up manager i quote
AW: Wie ist der Stand?
ehrlich gesagt war es knapp zwischen dir und einem anderen Kandidaten, und wir haben ihm zuerst ein Angebot gemacht. Solange er nicht unterschrieben hat, ist nichts entschieden - bitte zieh dich noch nicht zurück.

{promise}
@@ pending still_reviewing recruiter f quote
AW: Stand meiner Bewerbung
danke für Ihre Nachfrage. Die Gespräche laufen noch, eine Entscheidung gibt es bisher nicht.

{promise}
@@ acknowledgement received_casual recruiter i bare
AW: Lebenslauf
danke, Lebenslauf ist angekommen! Ich geb ihn heute an den Teamleiter weiter.
@@ auto_reply parental_leave ooo f bare nop
Abwesenheit: Elternzeit
Ich bin bis zum {date1} in Elternzeit. Ihre Nachricht wird nicht weitergeleitet. Bei Fragen zu Bewerbungen und Angeboten wenden Sie sich bitte an karriere@{domain}.
@@ other interviewer_accept candidate f bare nop
AW: Ihr Angebot
Sehr geehrter Herr Brandt, vielen Dank für das Angebot! Ich nehme es sehr gerne an und freue mich auf die Zusammenarbeit in Ihrem Team. Viele Grüße, {sender}
@@ other survey ats f nop
Wie war Ihr Bewerbungsprozess?
Sie haben sich kürzlich bei {co} beworben. Unabhängig vom Ergebnis interessiert uns Ihre Meinung: Die Umfrage dauert zwei Minuten. {link}
@@ other event_invite hr f nop
Einladung: Karriereabend bei {co}
am {wd1}, {date1}, öffnen wir unsere Werkhallen: Führungen, Vorträge und Gespräche mit dem Team. Wir bieten Ihnen einen Einblick in unsere Projekte.
"""

BANK += r"""
@@ rejection status_portal ats i nop
Statusupdate: {role}
Hallo {first}, in deinem Bewerbungsprozess gibt es eine Änderung.

Aktueller Stand: {status}

Details findest du im Portal: {link}
@@ rejection mobile_terse recruiter i bare mobile nop
Re: Hollwerk
leider nix geworden bei {co}, die haben intern besetzt. ruf dich morgen an
@@ rejection reply_rejection recruiter i bare reply nop
AW: Kurze Nachfrage
Hi Lukas, sorry für die späte Antwort - die haben sich für den anderen Finalisten entschieden, er hat schon unterschrieben. Tut mir echt leid.
@@ rejection reapply hr f nop
Ihre Bewerbung bei {co}
vielen Dank für Ihre Bewerbung als {role}. Nach Prüfung {implied}. Gerne können Sie sich in sechs Monaten erneut auf diese Position bewerben.
@@ offer formal_offer hr f
Ihr Vertragsangebot
im Anschluss an die Gespräche freuen wir uns, Ihnen die Position {role} unbefristet anzubieten - Jahresgehalt 72.000 EUR, Eintritt am {date1}. Bitte teilen Sie uns innerhalb von fünf Arbeitstagen mit, ob Sie das Angebot annehmen.
@@ offer verbal_offer manager i quote
AW: Danke!
schön, dass wir eben telefoniert haben. Wie gesagt: Wir möchten dich unbedingt als {role} - die Personalabteilung schickt dir das schriftliche Angebot, sobald die Zahlen durch sind.
@@ next_step offer_slot recruiter f
Terminvorschläge Abschlussgespräch
gerne biete ich Ihnen zwei Termine für das Abschlussgespräch an: {wd1}, {date1}, um 10 Uhr oder am Montag darauf um 15 Uhr. Welcher passt Ihnen besser?
@@ pending pending_offer_stage recruiter f
Stand Ihrer Bewerbung
wir sind in der finalen Abstimmung und können noch kein Angebot machen. Über Ihre Bewerbung ist noch nicht entschieden.

{promise}
@@ acknowledgement received_docs hr f
Unterlagen erhalten
vielen Dank für die Zusendung Ihrer Zeugnisse und Referenzen. Wir haben sie Ihrer Bewerbung als {role} beigefügt.

{promise}
@@ auto_reply ooo_offer_word ooo f bare nop
Abwesend: Messe
Danke für Ihre Nachricht. Ich bin bis {date1} auf der Messe und lese keine E-Mails. Fragen zu Angeboten oder Verträgen beantwortet die Personalabteilung.
@@ other interviewer_offer colleague f nop
Besetzung {role}
nach der Runde heute hat die Geschäftsführung freigegeben, {cand} ein Angebot für die Stelle zu machen. Als Fachvorgesetzter schicken Sie mir bitte Ihren Wunsch-Starttermin, dann setze ich das Angebotsschreiben auf.
"""
