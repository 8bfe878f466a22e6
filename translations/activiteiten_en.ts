<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>ActiviteitenPage</name>
    <message>
        <source>Onderdelen van Activiteiten</source>
        <translation>Parts of Activities</translation>
    </message>
    <message>
        <source>Week en aanwezigheid</source>
        <translation>Week and attendance</translation>
    </message>
    <message>
        <source>Programma</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Cijfers</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Nabellen</source>
        <translation>Follow-up calls</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Let op: {certificate} van {name} verloopt op {date}. Opslaan kan nog; zorg op tijd voor een nieuw.</source>
        <translation>Note: {certificate} of {name} expires on {date}. Saving is still possible; arrange a new one in time.</translation>
    </message>
    <message>
        <source>Activiteit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Nieuwe activiteit</source>
        <translation>New activity</translation>
    </message>
    <message>
        <source>(geen ruimte)</source>
        <translation>(no room)</translation>
    </message>
    <message>
        <source>(geen vrijwilliger gekozen)</source>
        <translation>(no volunteer chosen)</translation>
    </message>
    <message>
        <source>geen maximum</source>
        <translation>no maximum</translation>
    </message>
    <message>
        <source> cent</source>
        <translation> cents</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Categorie</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <source>&amp;Doelgroep</source>
        <translation>&amp;Target group</translation>
    </message>
    <message>
        <source>&amp;Ruimte</source>
        <translation>&amp;Room</translation>
    </message>
    <message>
        <source>Dag(en)</source>
        <translation>Day(s)</translation>
    </message>
    <message>
        <source>&amp;Begin</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>&amp;Eind</source>
        <translation>&amp;End</translation>
    </message>
    <message>
        <source>&amp;Frequentie</source>
        <translation>&amp;Frequency</translation>
    </message>
    <message>
        <source>Seizoen &amp;van</source>
        <translation>Season &amp;from</translation>
    </message>
    <message>
        <source>Seizoen &amp;tot</source>
        <translation>Season &amp;until</translation>
    </message>
    <message>
        <source>&amp;Leiding</source>
        <translation>&amp;Leader</translation>
    </message>
    <message>
        <source>Soort leiding</source>
        <translation>Kind of leader</translation>
    </message>
    <message>
        <source>Vr&amp;ijwilliger als leiding</source>
        <translation>&amp;Volunteer as leader</translation>
    </message>
    <message>
        <source>&amp;Verwacht aantal</source>
        <translation>&amp;Expected number</translation>
    </message>
    <message>
        <source>&amp;Plaatsen</source>
        <translation>&amp;Places</translation>
    </message>
    <message>
        <source>&amp;Kosten per keer</source>
        <translation>&amp;Cost per session</translation>
    </message>
    <message>
        <source>Lege &amp;regels voor inlopers</source>
        <translation>Blank &amp;rows for walk-ins</translation>
    </message>
    <message>
        <source>&amp;Opmerkingen</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Certificaat verloopt binnenkort</source>
        <translation>Certificate expires soon</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Niet elke datum kan worden geboekt</source>
        <translation>Not every date can be booked</translation>
    </message>
    <message>
        <source>Toch opslaan</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <source>Terug naar het formulier</source>
        <translation>Back to the form</translation>
    </message>
    <message>
        <source>1 bijeenkomst valt op een sluitingsdag</source>
        <translation>1 session falls on a closing day</translation>
    </message>
    <message>
        <source>{n} bijeenkomsten vallen op een sluitingsdag</source>
        <translation>{n} sessions fall on a closing day</translation>
    </message>
    <message>
        <source>1 botst met '{title}' in {room}</source>
        <translation>1 clashes with '{title}' in {room}</translation>
    </message>
    <message>
        <source>{n} botsen met '{title}' in {room}</source>
        <translation>{n} clash with '{title}' in {room}</translation>
    </message>
    <message>
        <source>1 kan om een andere reden niet worden geboekt</source>
        <translation>1 cannot be booked for another reason</translation>
    </message>
    <message>
        <source>{n} kunnen om een andere reden niet worden geboekt</source>
        <translation>{n} cannot be booked for another reason</translation>
    </message>
    <message>
        <source>… en nog {n} datums</source>
        <translation>… and {n} more dates</translation>
    </message>
    <message>
        <source>{reasons}. Die datums worden overgeslagen (niet doorgegaan):</source>
        <translation>{reasons}. Those dates are skipped (marked as not held):</translation>
    </message>
    <message>
        <source>Toch opslaan zonder die datums?</source>
        <translation>Save anyway without those dates?</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Aanwezigheid invoeren</source>
        <translation>Enter attendance</translation>
    </message>
    <message>
        <source>Zoek naam</source>
        <translation>Search name</translation>
    </message>
    <message>
        <source>Typ een naam en druk op Enter om aan te vinken</source>
        <translation>Type a name and press Enter to tick it</translation>
    </message>
    <message>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Nieuwe inloper</source>
        <translation>New walk-in</translation>
    </message>
    <message>
        <source>Naam van een nieuwe inloper, Enter voegt toe</source>
        <translation>Name of a new walk-in, Enter adds</translation>
    </message>
    <message>
        <source>Anonieme inlopers</source>
        <translation>Anonymous walk-ins</translation>
    </message>
    <message>
        <source>Reden niet doorgegaan</source>
        <translation>Reason for cancellation</translation>
    </message>
    <message>
        <source>Alleen als de bijeenkomst niet doorging</source>
        <translation>Only if the session did not take place</translation>
    </message>
    <message>
        <source>&amp;Nieuwe inloper</source>
        <translation>&amp;New walk-in</translation>
    </message>
    <message>
        <source>&amp;Anonieme inlopers</source>
        <translation>&amp;Anonymous walk-ins</translation>
    </message>
    <message>
        <source>&amp;Reden niet doorgegaan</source>
        <translation>&amp;Reason for cancellation</translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Niet &amp;doorgegaan</source>
        <translation>&amp;Did not take place</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{count} aangevinkt</source>
        <translation>{count} ticked</translation>
    </message>
    <message>
        <source>{name} is toegevoegd als inloper.</source>
        <translation>{name} was added as a walk-in.</translation>
    </message>
    <message>
        <source>{name} is aangevinkt.</source>
        <translation>{name} is ticked.</translation>
    </message>
    <message>
        <source>Aanwezigheid opgeslagen: {count} aanwezig</source>
        <translation>Attendance saved: {count} present</translation>
    </message>
    <message>
        <source>Bijeenkomst afgelast</source>
        <translation>Session cancelled</translation>
    </message>
</context>
<context>
    <name>FiguresView</name>
    <message>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Activiteit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Maand</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Gehouden</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Niet doorgegaan</source>
        <translation>Did not take place</translation>
    </message>
    <message>
        <source>Bezoeken</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Unieke deelnemers</source>
        <translation>Unique participants</translation>
    </message>
    <message>
        <source>Nieuw</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Gemiddeld</source>
        <translation>Average</translation>
    </message>
    <message>
        <source>Verwacht</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>T.o.v. verwacht</source>
        <translation>Versus expected</translation>
    </message>
    <message>
        <source>Cijfers per activiteit en maand</source>
        <translation>Figures per activity and month</translation>
    </message>
    <message>
        <source>Jaar:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>{held} bijeenkomsten gehouden, {visits} bezoeken, {unique} unieke deelnemers in {year}</source>
        <translation>{held} sessions held, {visits} visits, {unique} unique participants in {year}</translation>
    </message>
</context>
<context>
    <name>FollowUpView</name>
    <message>
        <source>Activiteit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Laatst geweest</source>
        <translation>Last came</translation>
    </message>
    <message>
        <source>Gemist</source>
        <translation>Missed</translation>
    </message>
    <message>
        <source>Nabellen</source>
        <translation>Follow-up calls</translation>
    </message>
    <message>
        <source>Vaste deelnemers die de laatste bijeenkomsten hebben gemist: even bellen hoe het gaat.</source>
        <translation>Regular participants who missed the last sessions: give them a call to ask how they are.</translation>
    </message>
    <message>
        <source>&amp;Gebeld…</source>
        <translation>&amp;Called…</translation>
    </message>
    <message>
        <source>Gebeld</source>
        <translation>Called</translation>
    </message>
    <message>
        <source>Notitie bij het gesprek met {name}:</source>
        <translation>Note on the call with {name}:</translation>
    </message>
    <message>
        <source>Gebeld: {name}</source>
        <translation>Called: {name}</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Deelnemer</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Nieuwe deelnemer</source>
        <translation>New participant</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>mag op foto's</source>
        <translation>may appear in photos</translation>
    </message>
    <message>
        <source>telefoonnummer mag op de presentielijst</source>
        <translation>phone number may be printed on the attendance list</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Telefoon</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>Geboren &amp;vanaf</source>
        <translation>Born &amp;from</translation>
    </message>
    <message>
        <source>Geboren t/&amp;m</source>
        <translation>Born &amp;until</translation>
    </message>
    <message>
        <source>&amp;Postcodegebied</source>
        <translation>&amp;Postcode area</translation>
    </message>
    <message>
        <source>&amp;Gekomen via</source>
        <translation>&amp;Came via</translation>
    </message>
    <message>
        <source>Toestemming foto's</source>
        <translation>Consent for photos</translation>
    </message>
    <message>
        <source>Toestemming telefoon</source>
        <translation>Consent for phone number</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>Activiteit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Activiteiten</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Wachtlijst</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <source>Ingeschreven op</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <source>Bellen</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>bellen: plaats vrij</source>
        <translation>call: place available</translation>
    </message>
    <message>
        <source>Inschrijvingen</source>
        <translation>Registrations</translation>
    </message>
    <message>
        <source>Zoek deelnemer</source>
        <translation>Search participant</translation>
    </message>
    <message>
        <source>Zoek op naam (zoe vindt Zoë)</source>
        <translation>Search by name (zoe finds Zoë)</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Gekomen via</source>
        <translation>Came via</translation>
    </message>
    <message>
        <source>Gevonden deelnemers</source>
        <translation>Participants found</translation>
    </message>
    <message>
        <source>Activiteit:</source>
        <translation>Activity:</translation>
    </message>
    <message>
        <source>&amp;Uitschrijven</source>
        <translation>&amp;Deregister</translation>
    </message>
    <message>
        <source>&amp;Gebeld over plaats</source>
        <translation>&amp;Called about the place</translation>
    </message>
    <message>
        <source>&amp;Inschrijven</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <source>Nieuwe &amp;deelnemer…</source>
        <translation>New &amp;participant…</translation>
    </message>
    <message>
        <source>Deelnemer &amp;wijzigen…</source>
        <translation>&amp;Edit participant…</translation>
    </message>
    <message>
        <source>Uitschrijven</source>
        <translation>Deregister</translation>
    </message>
    <message>
        <source>{name} uitschrijven? De naam verdwijnt van de volgende presentielijsten.</source>
        <translation>Deregister {name}? The name disappears from the next attendance lists.</translation>
    </message>
    <message>
        <source>Deelnemers bijgewerkt</source>
        <translation>Participants updated</translation>
    </message>
</context>
<context>
    <name>ProgrammeView</name>
    <message>
        <source>Activiteit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Categorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Dag</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Frequentie</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>Ruimte</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Leiding</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Verwacht</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Seizoen</source>
        <translation>Season</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Programma</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>&amp;Nieuwe activiteit…</source>
        <translation>&amp;New activity…</translation>
    </message>
    <message>
        <source>&amp;Wijzigen…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Pauzeren</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Hervatten</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <source>&amp;Beëindigen</source>
        <translation>E&amp;nd</translation>
    </message>
    <message>
        <source>{name} {action}? De bijeenkomsten vanaf vandaag vervallen en hun ruimte komt vrij.</source>
        <translation>{action} {name}? The sessions from today on are cancelled and their room is freed.</translation>
    </message>
    <message>
        <source>pauzeren</source>
        <translation>pause</translation>
    </message>
    <message>
        <source>beëindigen</source>
        <translation>end</translation>
    </message>
    <message>
        <source>Activiteit {action}</source>
        <translation>Activity: {action}</translation>
    </message>
    <message>
        <source>Niet elke datum kan worden geboekt</source>
        <translation>Not every date can be booked</translation>
    </message>
    <message>
        <source>Programma bijgewerkt</source>
        <translation>Programme updated</translation>
    </message>
</context>
<context>
    <name>WalkInChoiceDialog</name>
    <message>
        <source>Inloper al bekend?</source>
        <translation>Walk-in already known?</translation>
    </message>
    <message>
        <source>Er zijn deelnemers met een naam als '{name}'. Is het een van hen?</source>
        <translation>There are participants with a name like '{name}'. Is it one of them?</translation>
    </message>
    <message>
        <source>Bekende deelnemers</source>
        <translation>Known participants</translation>
    </message>
    <message>
        <source>Nee, nieuwe deelnemer: {name}</source>
        <translation>No, new participant: {name}</translation>
    </message>
    <message>
        <source>&amp;Kies</source>
        <translation>&amp;Choose</translation>
    </message>
    <message>
        <source>Kiezen</source>
        <translation>Choose</translation>
    </message>
    <message>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>sinds {day}</source>
        <translation>since {day}</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Dag</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Activiteit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Ruimte</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Leiding</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Aanwezig</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Bijeenkomsten van de week</source>
        <translation>Sessions of the week</translation>
    </message>
    <message>
        <source>◀ Vorige week</source>
        <translation>◀ Previous week</translation>
    </message>
    <message>
        <source>Volgende week ▶</source>
        <translation>Next week ▶</translation>
    </message>
    <message>
        <source>&amp;Aanwezigheid invoeren…</source>
        <translation>Enter &amp;attendance…</translation>
    </message>
    <message>
        <source>Presentielijsten &amp;afdrukken…</source>
        <translation>&amp;Print attendance lists…</translation>
    </message>
    <message>
        <source>niet doorgegaan</source>
        <translation>not held</translation>
    </message>
    <message>
        <source>gehouden</source>
        <translation>held</translation>
    </message>
    <message>
        <source>gepland</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>Week {week} van {year}</source>
        <translation>Week {week} of {year}</translation>
    </message>
    <message>
        <source>Aanwezigheid invoeren</source>
        <translation>Enter attendance</translation>
    </message>
    <message>
        <source>Kies eerst een bijeenkomst in de lijst (pijltjestoetsen), dan Enter of deze knop.</source>
        <translation>First choose a session in the list (arrow keys), then Enter or this button.</translation>
    </message>
    <message>
        <source>Presentielijsten opslaan</source>
        <translation>Save attendance lists</translation>
    </message>
    <message>
        <source>Opgeslagen: {file}</source>
        <translation>Saved: {file}</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>'{value}' is geen dag (maandag ... zondag, of ma, di, ...).</source>
        <translation>'{value}' is not a day (maandag ... zondag, or ma, di, ...).</translation>
    </message>
    <message>
        <source>Kies ten minste één dag.</source>
        <translation>Choose at least one day.</translation>
    </message>
    <message>
        <source>'{value}' is geen frequentie; kies uit: {choices}.</source>
        <translation>'{value}' is not a frequency; choose from: {choices}.</translation>
    </message>
    <message>
        <source>Deze deelnemer of activiteit bestaat niet (meer).</source>
        <translation>This participant or activity does not exist (any more).</translation>
    </message>
    <message>
        <source>'{value}' is geen aantal.</source>
        <translation>'{value}' is not a number.</translation>
    </message>
    <message>
        <source>de ruimte '{room}' bestaat niet.</source>
        <translation>the room '{room}' does not exist.</translation>
    </message>
    <message>
        <source>er is al een activiteit '{name}'.</source>
        <translation>there already is an activity '{name}'.</translation>
    </message>
    <message>
        <source>de activiteit '{activity}' bestaat niet.</source>
        <translation>the activity '{activity}' does not exist.</translation>
    </message>
    <message>
        <source>er zijn meerdere activiteiten '{activity}'.</source>
        <translation>there are several activities '{activity}'.</translation>
    </message>
    <message>
        <source>{name} staat al eerder in het bestand bij deze activiteit.</source>
        <translation>{name} is already in the file for this activity.</translation>
    </message>
    <message>
        <source>Vul een naam in.</source>
        <translation>Fill in a name.</translation>
    </message>
    <message>
        <source>'{value}' is geen e-mailadres.</source>
        <translation>'{value}' is not an e-mail address.</translation>
    </message>
    <message>
        <source>'{value}' is geen telefoonnummer.</source>
        <translation>'{value}' is not a phone number.</translation>
    </message>
    <message>
        <source>Het geboortejaar 'tot' ligt voor 'van'.</source>
        <translation>The birth year 'until' is before 'from'.</translation>
    </message>
    <message>
        <source>Deze deelnemer bestaat niet (meer).</source>
        <translation>This participant does not exist (any more).</translation>
    </message>
    <message>
        <source>{activity} is beëindigd: inschrijven kan niet meer.</source>
        <translation>{activity} has ended: registering is no longer possible.</translation>
    </message>
    <message>
        <source>{name} staat al bij {activity} ({status}).</source>
        <translation>{name} is already on {activity} ({status}).</translation>
    </message>
    <message>
        <source>Deze inschrijving bestaat niet (meer).</source>
        <translation>This registration does not exist (any more).</translation>
    </message>
    <message>
        <source>Geef de activiteit een naam.</source>
        <translation>Give the activity a name.</translation>
    </message>
    <message>
        <source>De eindtijd {end} ligt niet na de begintijd {start}.</source>
        <translation>The end time {end} is not after the start time {start}.</translation>
    </message>
    <message>
        <source>Het seizoen eindigt ({end}) voordat het begint ({start}).</source>
        <translation>The season ends ({end}) before it starts ({start}).</translation>
    </message>
    <message>
        <source>Een aantal kan niet negatief zijn.</source>
        <translation>A number cannot be negative.</translation>
    </message>
    <message>
        <source>De ruimte bestaat niet (meer).</source>
        <translation>The room does not exist (any more).</translation>
    </message>
    <message>
        <source>Deze activiteit bestaat niet (meer).</source>
        <translation>This activity does not exist (any more).</translation>
    </message>
    <message>
        <source>Onbekende status '{value}'.</source>
        <translation>Unknown status '{value}'.</translation>
    </message>
    <message>
        <source>{name} is beëindigd en kan niet opnieuw beginnen; maak een nieuwe activiteit.</source>
        <translation>{name} has ended and cannot start again; create a new activity.</translation>
    </message>
    <message>
        <source>Deze bijeenkomst bestaat niet (meer).</source>
        <translation>This session does not exist (any more).</translation>
    </message>
    <message>
        <source>Deze bijeenkomst is niet doorgegaan: er kan geen aanwezigheid bij.</source>
        <translation>This session did not take place: it cannot have attendance.</translation>
    </message>
    <message>
        <source>Geef een reden waarom de bijeenkomst niet doorging.</source>
        <translation>Give a reason why the session did not take place.</translation>
    </message>
    <message>
        <source>actief</source>
        <translation>active</translation>
    </message>
    <message>
        <source>gepauzeerd</source>
        <translation>paused</translation>
    </message>
    <message>
        <source>beëindigd</source>
        <translation>ended</translation>
    </message>
    <message>
        <source>ingeschreven</source>
        <translation>registered</translation>
    </message>
    <message>
        <source>wachtlijst</source>
        <translation>waiting list</translation>
    </message>
    <message>
        <source>vertrokken</source>
        <translation>left</translation>
    </message>
    <message>
        <source>wekelijks</source>
        <translation>weekly</translation>
    </message>
    <message>
        <source>tweewekelijks</source>
        <translation>every two weeks</translation>
    </message>
    <message>
        <source>driewekelijks</source>
        <translation>every three weeks</translation>
    </message>
    <message>
        <source>zeswekelijks</source>
        <translation>every six weeks</translation>
    </message>
    <message>
        <source>maandelijks</source>
        <translation>monthly</translation>
    </message>
    <message>
        <source>driemaandelijks</source>
        <translation>quarterly</translation>
    </message>
    <message>
        <source>eenmalig</source>
        <translation>once</translation>
    </message>
    <message>
        <source>warm contact</source>
        <translation>personal introduction</translation>
    </message>
    <message>
        <source>buren of familie</source>
        <translation>neighbours or family</translation>
    </message>
    <message>
        <source>flyer of poster</source>
        <translation>flyer or poster</translation>
    </message>
    <message>
        <source>website of social media</source>
        <translation>website or social media</translation>
    </message>
    <message>
        <source>zelf binnengelopen</source>
        <translation>walked in</translation>
    </message>
    <message>
        <source>anders</source>
        <translation>other</translation>
    </message>
    <message>
        <source>vrijwilliger</source>
        <translation>volunteer</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>bewonersgroep</source>
        <translation>residents' group</translation>
    </message>
    <message>
        <source>staf</source>
        <translation>staff</translation>
    </message>
    <message>
        <source>ma t/m vr</source>
        <translation>Mon to Fri</translation>
    </message>
</context>
</TS>
